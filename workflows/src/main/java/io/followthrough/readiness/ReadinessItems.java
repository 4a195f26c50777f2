package io.followthrough.readiness;

import java.util.List;

/**
 * The item codes of intake readiness. Codes are lower case with underscores, the shape drafting's
 * {@code missing} fact takes.
 */
public final class ReadinessItems {
  /** Intake and consent forms completed. */
  public static final String INTAKE_FORMS = "intake_forms";

  /** A copy of the insurance card on file. */
  public static final String INSURANCE_CARD = "insurance_card";

  /** Eligibility verified with the payer ({@code PracticeActivities.checkCoverage}). */
  public static final String INSURANCE_VERIFIED = "insurance_verified";

  /** A referral from the referring provider on file (specialties that need one). */
  public static final String REFERRAL = "referral";

  /** The payer's prior authorization on file (specialties that need one). */
  public static final String AUTHORIZATION = "authorization";

  /** A photo ID on file. */
  public static final String PHOTO_ID = "photo_id";

  /** Every item, in the order tasks and messages list them. */
  public static final List<String> ALL =
      List.of(INTAKE_FORMS, INSURANCE_CARD, INSURANCE_VERIFIED, REFERRAL, AUTHORIZATION, PHOTO_ID);

  /** Items the patient can complete themselves (they are asked for these). */
  public static final List<String> PATIENT_ITEMS =
      List.of(INTAKE_FORMS, INSURANCE_CARD, INSURANCE_VERIFIED, PHOTO_ID);

  /** Items that a sandbox or practice system stores as documents on file (not verification). */
  public static final List<String> ON_FILE =
      List.of(INTAKE_FORMS, INSURANCE_CARD, REFERRAL, AUTHORIZATION, PHOTO_ID);

  private ReadinessItems() {}

  /** Whether {@code code} is an item code. */
  public static boolean known(String code) {
    return ALL.contains(code);
  }
}
