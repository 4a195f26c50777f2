package io.followthrough.triage;

/** How soon a patient's message needs a clinician. */
public enum MessageUrgency {
  /** Emergency wording (chest pain, cannot breathe, suicidal...): instructions now and a page. */
  EMERGENCY,
  /** Needs a clinician today: the on-call after hours, a coordinator task in office hours. */
  URGENT,
  /** Can wait for the next business day. */
  ROUTINE
}
