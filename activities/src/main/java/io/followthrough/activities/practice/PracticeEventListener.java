package io.followthrough.activities.practice;

/**
 * Receives practice events, e.g. to signal the outcome workflow waiting on an appointment. Called
 * after the change is committed, outside the system's lock, on the thread that made the change; a
 * listener that throws is logged and does not undo the change.
 */
@FunctionalInterface
public interface PracticeEventListener {
  void onEvent(PracticeEvent event);
}
