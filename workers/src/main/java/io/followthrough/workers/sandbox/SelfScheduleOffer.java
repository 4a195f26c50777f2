package io.followthrough.workers.sandbox;

import io.followthrough.practice.Appointment;
import io.followthrough.practice.Slot;
import java.util.List;

/**
 * {@code GET /sandbox/schedule/{token}} in JSON: what the patient may book (refs and codes only).
 *
 * @param patientRef the referral's patient
 * @param specialty the specialty the slots are in
 * @param urgency {@code ROUTINE} or {@code URGENT} (urgent also sees slots held for urgent care)
 * @param appointment the referral's appointment still to come or under way, or null
 * @param slots free slots of the next two weeks, earliest first
 */
public record SelfScheduleOffer(
    String patientRef,
    String specialty,
    String urgency,
    Appointment appointment,
    List<Slot> slots) {}
