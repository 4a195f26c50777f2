package io.followthrough.practice;

/**
 * How and when a patient wants to be contacted, as the practice system records it.
 *
 * @param language preferred language as an IETF tag, e.g. {@code en}, {@code es}; null when unknown
 * @param timeZone IANA zone for contact hours, e.g. {@code America/Chicago}; null when unknown
 */
public record PatientPreferences(String language, String timeZone) {}
