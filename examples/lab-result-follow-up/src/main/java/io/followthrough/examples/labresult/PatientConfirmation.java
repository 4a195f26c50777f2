package io.followthrough.examples.labresult;

/**
 * Payload of the {@code patientConfirmed} signal, e.g. {@code {"via":"sms-reply"}}.
 *
 * @param via short code of how the patient confirmed (never the reply text)
 */
public record PatientConfirmation(String via) {}
