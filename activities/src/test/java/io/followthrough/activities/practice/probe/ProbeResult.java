package io.followthrough.activities.practice.probe;

/** What the probe workflow did; {@code failureType} is set when booking was refused. */
public record ProbeResult(
    String patientRef, String appointmentId, String messageId, String failureType) {}
