package io.followthrough.activities.faxrouting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.faxrouting.FaxRoutingPolicy;
import io.followthrough.sdk.ModuleEnvironment;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsFaxRoutingPolicyTest {

  private static SettingsFaxRoutingPolicy of(Map<String, String> settings) {
    return new SettingsFaxRoutingPolicy(key -> Optional.ofNullable(settings.get(key)));
  }

  @Test
  void withoutSettingsTheDefaultsApply() {
    assertEquals(FaxRoutingPolicy.defaults(), of(Map.of()).read(null));
    FaxRoutingPolicy d = FaxRoutingPolicy.defaults();
    assertEquals(FaxRoutingPolicy.ORDERING_PROVIDER, d.queueFor("lab_result"));
    assertEquals("him", d.queueFor("medical_records"));
    assertEquals("billing", d.queueFor("eligibility"));
    assertEquals("front-desk", d.queueFor("patient_form"));
  }

  @Test
  void settingsOverrideGloballyAndPerSite() {
    SettingsFaxRoutingPolicy policy =
        of(
            Map.of(
                "followthrough.faxrouting.queues.medical_records", "records-team",
                "followthrough.faxrouting.acknowledgement-waits", "PT4H,PT4H,PT8H",
                "followthrough.faxrouting.sites.north.type-confidence", "0.9",
                "followthrough.faxrouting.sites.north.sender-acknowledgement-types", "lab_result"));
    FaxRoutingPolicy global = policy.read(null);
    assertEquals("records-team", global.queueFor("medical_records"));
    assertEquals(
        List.of(Duration.ofHours(4), Duration.ofHours(4), Duration.ofHours(8)),
        global.acknowledgementWaits());
    assertEquals(0.80, global.typeConfidence());
    FaxRoutingPolicy north = policy.policy("north");
    assertEquals(0.9, north.typeConfidence());
    assertEquals(List.of("lab_result"), north.senderAcknowledgementTypes());
    assertEquals("records-team", north.queueFor("medical_records"));
  }

  @Test
  void aBadValueNamesItsSetting() {
    IllegalArgumentException unparsable =
        assertThrows(
            IllegalArgumentException.class,
            () -> of(Map.of("followthrough.faxrouting.acknowledgement-waits", "1 day")).read(null));
    assertTrue(
        unparsable.getMessage().contains("followthrough.faxrouting.acknowledgement-waits"),
        unparsable.getMessage());
    IllegalArgumentException inconsistent =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                of(Map.of("followthrough.faxrouting.acknowledgement-types", "referral"))
                    .read(null));
    assertTrue(
        inconsistent.getMessage().contains("followthrough.faxrouting.acknowledgement-types"),
        inconsistent.getMessage());
    ApplicationFailure perSite =
        assertThrows(
            ApplicationFailure.class,
            () -> of(Map.of("followthrough.faxrouting.sites.x.type-confidence", "2")).policy("x"));
    assertEquals("InvalidInput", perSite.getType());
  }

  @Test
  void aBadDefaultStopsTheWorkerAtStart() {
    ModuleEnvironment env =
        new ModuleEnvironment() {
          @Override
          public Optional<String> setting(String key) {
            return "followthrough.faxrouting.queues.other".equals(key)
                ? Optional.of("two words")
                : Optional.empty();
          }

          @Override
          public Path dataDirectory() {
            return Path.of(".");
          }

          @Override
          public boolean devMode() {
            return false;
          }
        };
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new FaxRoutingModule().activityImplementations(env));
    assertTrue(e.getMessage().contains("followthrough.faxrouting.queues.other"), e.getMessage());
  }
}
