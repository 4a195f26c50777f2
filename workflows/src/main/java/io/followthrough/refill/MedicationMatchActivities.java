package io.followthrough.refill;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Matches the medication a refill request names to one of the patient's prescriptions (offline:
 * normalised names, brand and nickname table, strength). Use with {@code
 * ActivityPolicies.standard()}. Pure: the same request always gives the same answer.
 */
@ActivityInterface
public interface MedicationMatchActivities {

  @ActivityMethod(name = "RefillMatchMedication")
  MedicationMatch match(MedicationMatchRequest request);
}
