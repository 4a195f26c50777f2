package io.followthrough.activities.practice;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers practice events to listeners, logging each (references only). */
final class PracticeEvents {
  private static final Logger log = LoggerFactory.getLogger(SandboxPracticeSystem.class);

  private final List<PracticeEventListener> listeners = new CopyOnWriteArrayList<>();

  void add(PracticeEventListener listener) {
    listeners.add(listener);
  }

  void publish(List<PracticeEvent> events) {
    for (PracticeEvent event : events) {
      log.info(
          "{} {} patient={} slot={}",
          event.type(),
          event.appointmentId(),
          event.patientRef(),
          event.slotId());
      for (PracticeEventListener listener : listeners) {
        try {
          listener.onEvent(event);
        } catch (RuntimeException e) {
          log.warn(
              "practice event listener failed on {} {}", event.type(), event.appointmentId(), e);
        }
      }
    }
  }
}
