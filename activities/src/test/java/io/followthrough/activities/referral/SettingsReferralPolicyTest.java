package io.followthrough.activities.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.referral.ReferralPolicy;
import io.followthrough.sdk.ActivityPolicies;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsReferralPolicyTest {

  private static SettingsReferralPolicy with(Map<String, String> settings) {
    return new SettingsReferralPolicy(key -> Optional.ofNullable(settings.get(key)));
  }

  @Test
  void noSettingsGiveTheDefaults() {
    assertEquals(ReferralPolicy.defaults(), with(Map.of()).policy(null));
    assertEquals(ReferralPolicy.defaults(), with(Map.of()).policy("north-clinic"));
  }

  @Test
  void settingsOverrideTheDefaultsAndASiteOverridesTheSettings() {
    SettingsReferralPolicy policies =
        with(
            Map.of(
                "followthrough.referral.no-show-limit", "3",
                "followthrough.referral.outreach-waits", "P1D, P1D, P2D, P2D, P3D",
                "followthrough.referral.quiet-hours", "20:00-09:00",
                "followthrough.referral.create-patient", "false",
                "followthrough.referral.specialties", "cardiology,oncology",
                "followthrough.referral.required-fields.oncology",
                    "patient_name,dob,pathology_report",
                "followthrough.referral.sites.north-clinic.no-show-limit", "1",
                "followthrough.referral.sites.north-clinic.reply-confidence", "0.9"));

    ReferralPolicy global = policies.policy(null);
    assertEquals(3, global.noShowLimit());
    assertEquals(Duration.ofDays(1), global.outreachWaits().get(0));
    assertEquals(LocalTime.of(20, 0), global.quietStart());
    assertEquals(LocalTime.of(9, 0), global.quietEnd());
    assertFalse(global.createPatientAllowed());
    assertEquals(
        List.of("patient_name", "dob", "pathology_report"), global.requiredFieldsFor("oncology"));
    assertEquals(
        ReferralPolicy.defaults().requiredFieldsFor("cardiology"),
        global.requiredFieldsFor("cardiology"));
    assertEquals(List.of("cardiology", "oncology"), global.knownSpecialties());
    assertEquals(0.80, global.replyConfidenceThreshold());

    ReferralPolicy north = policies.policy("north-clinic");
    assertEquals(1, north.noShowLimit());
    assertEquals(0.9, north.replyConfidenceThreshold());
    assertEquals(Duration.ofDays(1), north.outreachWaits().get(0), "unset at the site: global");
  }

  @Test
  void aBadValueIsANonRetryableFailureNamingTheSetting() {
    ApplicationFailure bad =
        assertThrows(
            ApplicationFailure.class,
            () -> with(Map.of("followthrough.referral.outreach-waits", "P2D,soon")).policy(null));
    assertEquals(ActivityPolicies.INVALID_INPUT, bad.getType());
    assertTrue(bad.isNonRetryable());
    assertTrue(bad.getOriginalMessage().contains("followthrough.referral.outreach-waits"));

    ApplicationFailure inconsistent =
        assertThrows(
            ApplicationFailure.class,
            () -> with(Map.of("followthrough.referral.outreach-waits", "P2D")).policy(null));
    assertTrue(inconsistent.getOriginalMessage().contains("exactly 5 waits"));
  }
}
