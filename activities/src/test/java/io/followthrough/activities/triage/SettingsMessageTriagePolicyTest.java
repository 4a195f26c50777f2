package io.followthrough.activities.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.triage.MessageTriagePolicy;
import io.temporal.failure.ApplicationFailure;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsMessageTriagePolicyTest {

  private static SettingsMessageTriagePolicy of(Map<String, String> values) {
    return new SettingsMessageTriagePolicy(k -> Optional.ofNullable(values.get(k)));
  }

  @Test
  void unsetValuesKeepTheDefaults() {
    assertEquals(MessageTriagePolicy.defaults(), of(Map.of()).read(null));
  }

  @Test
  void siteValuesOverrideGlobalOnes() {
    SettingsMessageTriagePolicy s =
        of(
            Map.of(
                "followthrough.triage.on-call-roster", "dr-a, dr-b",
                "followthrough.triage.sites.clinic-west.zone", "America/Los_Angeles",
                "followthrough.triage.sites.clinic-west.office-hours", "09:00-18:30",
                "followthrough.triage.sites.clinic-west.office-days", "MON,WED,SAT",
                "followthrough.triage.sites.clinic-west.urgent-ack-timeouts", "PT10M,PT10M,PT20M",
                "followthrough.triage.callback-wait", "PT45M"));
    MessageTriagePolicy west = s.read("clinic-west");
    assertEquals("America/Los_Angeles", west.zone());
    assertEquals(LocalTime.of(9, 0), west.officeOpen());
    assertEquals(LocalTime.of(18, 30), west.officeClose());
    assertEquals(
        Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), west.officeDays());
    assertEquals(
        List.of(Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(20)),
        west.urgentAckTimeouts());
    assertEquals(Duration.ofMinutes(45), west.callbackWait());
    assertEquals(List.of("dr-a", "dr-b"), west.onCallRoster());
    // The roster takes turns by day.
    LocalDate day = LocalDate.of(2026, 3, 2);
    assertTrue(!west.onCallOn(day).equals(west.onCallOn(day.plusDays(1))));
    assertEquals("America/New_York", s.read("clinic-north").zone());
  }

  @Test
  void aBadValueIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> of(Map.of("followthrough.triage.callback-wait", "30 minutes")).read(null));
    assertTrue(e.getMessage().contains("followthrough.triage.callback-wait"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> of(Map.of("followthrough.triage.emergency-ack-timeouts", "PT5M")).read(null));
    assertTrue(e.getMessage().contains("emergency-ack-timeouts"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> of(Map.of("followthrough.triage.zone", "Mars/Olympus")).read(null));
    assertTrue(e.getMessage().contains("followthrough.triage.zone"), e.getMessage());
    ApplicationFailure f =
        assertThrows(
            ApplicationFailure.class,
            () ->
                of(Map.of("followthrough.triage.sites.x.office-hours", "18:00-08:00")).policy("x"));
    assertEquals("InvalidInput", f.getType());
    assertTrue(f.getOriginalMessage().contains("site x"), f.getOriginalMessage());
  }

  @Test
  void theModuleRefusesABadDefaultPolicyAtStart() {
    var env =
        new io.followthrough.testkit.TestModuleEnvironment(
            java.nio.file.Path.of("target/tmp-triage"),
            Map.of("followthrough.triage.on-call-roster", " , "));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> new MessageTriageModule().activityImplementations(env));
    assertTrue(e.getMessage().contains("on-call-roster"), e.getMessage());
  }
}
