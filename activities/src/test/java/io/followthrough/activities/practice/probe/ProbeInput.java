package io.followthrough.activities.practice.probe;

import io.followthrough.practice.PatientQuery;
import io.followthrough.practice.SlotWindow;

/** Who to schedule, where to look for a slot, and (optionally) which slot to insist on. */
public record ProbeInput(
    PatientQuery patient, String specialty, SlotWindow window, String slotId) {}
