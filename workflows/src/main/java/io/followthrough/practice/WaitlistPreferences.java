package io.followthrough.practice;

import java.time.LocalDate;

/**
 * What makes a freed slot fit a waitlisted patient, as the practice records it (codes and refs, no
 * PHI). Every field may be null (or 0): "no preference".
 *
 * @param preferredProviderRef the provider the patient wants to see, e.g. {@code prov-03}
 * @param visitType e.g. {@code follow-up}, {@code new-patient}
 * @param visitMinutes how long the visit needs; a shorter slot does not fit (0: any)
 * @param travelMinutes the patient's travel time to the practice; null when unknown
 * @param availableFrom the first day the patient can come (practice date)
 * @param wantedBy the day the patient wants to be seen by (a slot on or before it fits best)
 */
public record WaitlistPreferences(
    String preferredProviderRef,
    String visitType,
    int visitMinutes,
    Integer travelMinutes,
    LocalDate availableFrom,
    LocalDate wantedBy) {

  /** No preferences at all. */
  public static WaitlistPreferences none() {
    return new WaitlistPreferences(null, null, 0, null, null, null);
  }
}
