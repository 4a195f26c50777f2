package io.followthrough.workers.sandbox;

/**
 * Who and what a self-schedule link books for, as the referral workflow answers it (refs and codes
 * only).
 *
 * @param workflowId the referral workflow
 * @param patientRef its patient
 * @param specialty lower-case specialty code
 * @param urgency {@code ROUTINE} or {@code URGENT} (null: routine)
 */
record SelfScheduleTarget(String workflowId, String patientRef, String specialty, String urgency) {}
