package io.followthrough.referral;

/**
 * How a referral outcome ended.
 *
 * @param disposition {@code seen}, {@code declined}, {@code unreachable}, {@code not-a-referral},
 *     {@code closed-by-staff}, ...
 * @param patientRef the matched or created patient, or null
 * @param appointmentId the kept appointment, or null
 * @param referrerNotified whether the referring provider's update was confirmed sent
 */
public record ReferralResult(
    String disposition, String patientRef, String appointmentId, boolean referrerNotified) {}
