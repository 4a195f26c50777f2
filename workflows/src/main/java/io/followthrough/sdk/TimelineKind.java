package io.followthrough.sdk;

/** What happened at one point of an outcome's {@link TimelineEntry timeline}. */
public enum TimelineKind {
  /** The outcome moved to a new stage. */
  STAGE_ENTERED,
  /** One attempt of a stage's work started. */
  ATTEMPT,
  /** One attempt failed; the code is the failure type, never its message. */
  ATTEMPT_FAILED,
  /** The outcome moved up a rung of an escalation ladder. */
  ESCALATED,
  /** A human task was opened for a role. */
  TASK_OPENED,
  /** A human task was completed by a person. */
  TASK_COMPLETED,
  /** A human task was closed without a person (superseded or escalated to another role). */
  TASK_CLOSED,
  /** Evidence arrived (a signal) or a re-check poll ran. */
  EVIDENCE,
  /** A wait was deferred, e.g. to leave a patient's quiet hours. */
  DEFERRED,
  /** A short non-PHI note from the workflow author. */
  NOTE,
  /** The history guard handed over to a fresh run. */
  CONTINUED_AS_NEW,
  /** The outcome is confirmed or owned: the promise is kept. */
  COMPLETED,
  /** The outcome gave up ({@link Outcome#fail}); the code says why. */
  FAILED
}
