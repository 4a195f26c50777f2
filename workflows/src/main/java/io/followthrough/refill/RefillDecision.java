package io.followthrough.refill;

/** The decision codes of a refill request, as the pharmacy and the patient are told. */
final class RefillDecision {
  static final String APPROVED = "approved";
  static final String DENIED = "denied";
  static final String VISIT_REQUIRED = "visit-required";

  private RefillDecision() {}
}
