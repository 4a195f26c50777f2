package io.followthrough.examples.labresult;

/**
 * Start input of {@link LabResultFollowUpWorkflow}, e.g. {@code
 * {"resultId":"R-1","abnormal":true,"patientTimeZone":"America/New_York"}}.
 *
 * @param resultId the lab system's result id (a business key, not PHI)
 * @param abnormal whether the result is abnormal; abnormal results escalate faster
 * @param patientTimeZone IANA zone of the patient, for quiet hours
 */
public record LabResultFollowUpInput(String resultId, boolean abnormal, String patientTimeZone) {}
