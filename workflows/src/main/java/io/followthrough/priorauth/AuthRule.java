package io.followthrough.priorauth;

/**
 * One row of the payer rules table: whether the payer requires prior authorization for a service.
 *
 * @param required whether authorization is needed
 * @param serviceCode the service code submitted for the specialty when the order names none
 * @param decisionDays business-agnostic calendar days the payer has to decide (0: use the policy's
 *     default)
 */
public record AuthRule(boolean required, String serviceCode, int decisionDays) {

  /** Not required (no row matches). */
  public static AuthRule notRequired() {
    return new AuthRule(false, null, 0);
  }
}
