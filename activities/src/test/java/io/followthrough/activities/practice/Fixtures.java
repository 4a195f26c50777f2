package io.followthrough.activities.practice;

import io.followthrough.practice.CoverageState;
import io.followthrough.practice.Slot;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** A small hand-made practice whose contents the tests can name. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2026-03-02T14:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Fixtures() {}

  static PatientRecord patient(
      String ref, String first, String last, LocalDate dob, String phone, CoverageState coverage) {
    return new PatientRecord(
        ref,
        "M" + ref.substring(3) + "000",
        first,
        last,
        dob,
        phone,
        null,
        "en",
        "America/New_York",
        "aetna",
        "AET" + ref.substring(3),
        coverage,
        coverage == CoverageState.ACTIVE ? "eligible" : "terminated");
  }

  static PracticeData practice() {
    LocalDate dob = LocalDate.of(1961, 4, 9);
    return new PracticeData(
        DemoData.PRACTICE_ZONE,
        List.of(
            patient("pt-0001", "Robert", "O'Brien", dob, "+12125550101", CoverageState.ACTIVE),
            patient(
                "pt-0002",
                "María",
                "García López",
                LocalDate.of(1975, 11, 30),
                "+13125550102",
                CoverageState.ACTIVE),
            patient(
                "pt-0003",
                "John",
                "Smith",
                LocalDate.of(1980, 1, 2),
                "+14155550103",
                CoverageState.INACTIVE),
            patient(
                "pt-0004",
                "John",
                "Smith",
                LocalDate.of(1980, 1, 2),
                "+14155550104",
                CoverageState.ACTIVE),
            patient(
                "pt-0005",
                "Katherine",
                "Nguyen",
                LocalDate.of(1990, 6, 15),
                "+16175550105",
                CoverageState.ACTIVE)),
        List.of(
            new Provider(
                "prov-01",
                "1234567893",
                "Dr. Ana Reyes",
                "cardiology",
                "+12125550201",
                "+12125550301")),
        List.of(
            new Slot(
                "slot-00001",
                "prov-01",
                "cardiology",
                Instant.parse("2026-03-03T14:00:00Z"),
                30,
                true),
            new Slot(
                "slot-00002",
                "prov-01",
                "cardiology",
                Instant.parse("2026-03-03T15:00:00Z"),
                30,
                false),
            new Slot(
                "slot-00003",
                "prov-01",
                "cardiology",
                Instant.parse("2026-03-04T15:00:00Z"),
                30,
                false),
            new Slot(
                "slot-00004",
                "prov-01",
                "cardiology",
                Instant.parse("2026-03-02T13:00:00Z"),
                30,
                false)),
        List.of());
  }

  static SandboxPracticeSystem system() {
    return SandboxPracticeSystem.inMemory(practice(), CLOCK);
  }
}
