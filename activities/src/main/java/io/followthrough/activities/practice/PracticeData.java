package io.followthrough.activities.practice;

import io.followthrough.practice.Slot;
import io.followthrough.practice.WaitlistEntry;
import java.time.ZoneId;
import java.util.List;

/**
 * The seed content of a sandbox practice: who is in it and which slots are open.
 *
 * @param zone the practice's time zone (business hours are in it)
 * @param patients registered patients
 * @param providers providers with their specialties
 * @param slots open slots, in id order
 * @param waitlist patients already waiting
 */
public record PracticeData(
    ZoneId zone,
    List<PatientRecord> patients,
    List<Provider> providers,
    List<Slot> slots,
    List<WaitlistEntry> waitlist) {

  public PracticeData {
    patients = List.copyOf(patients);
    providers = List.copyOf(providers);
    slots = List.copyOf(slots);
    waitlist = List.copyOf(waitlist);
  }
}
