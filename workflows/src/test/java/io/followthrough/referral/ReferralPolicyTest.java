package io.followthrough.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.temporal.common.converter.DefaultDataConverter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferralPolicyTest {

  @Test
  void theDefaultsSurviveTemporalsConverter() {
    var converter = DefaultDataConverter.STANDARD_INSTANCE;
    ReferralPolicy policy = ReferralPolicy.defaults();
    ReferralPolicy back =
        converter.fromPayload(
            converter.toPayload(policy).orElseThrow(), ReferralPolicy.class, ReferralPolicy.class);
    assertEquals(policy, back);
  }

  @Test
  void requiredFieldsFallBackToTheDefaultList() {
    ReferralPolicy policy = ReferralPolicy.defaults();
    assertEquals(
        List.of("patient_name", "dob", "phone", "referring_npi", "reason", "specialty", "icd10"),
        policy.requiredFieldsFor("cardiology"));
    assertEquals(
        List.of("patient_name", "dob", "phone", "referring_npi", "reason", "specialty"),
        policy.requiredFieldsFor("dermatology"));
    assertEquals(policy.requiredFieldsFor("dermatology"), policy.requiredFieldsFor(null));
    assertEquals(List.of("cardiology", "gastroenterology", "neurology"), policy.knownSpecialties());
  }

  @Test
  void inconsistentPoliciesAreRejected() {
    ReferralPolicy d = ReferralPolicy.defaults();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ReferralPolicy(
                Map.of("cardiology", List.of("dob")),
                d.outreachWaits(),
                d.urgentOutreachWaits(),
                d.missingInfoWaits(),
                d.urgentMissingInfoWaits(),
                1,
                1,
                1,
                d.quietStart(),
                d.quietEnd(),
                d.practiceZone(),
                d.defaultLanguage(),
                true,
                0.8,
                d.taskEscalateAfter(),
                d.urgentTaskEscalateAfter(),
                d.appointmentReminderBefore(),
                1,
                1,
                d.visitPollEvery(),
                d.visitConfirmWithin(),
                "p",
                "l",
                100));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ReferralPolicy(
                d.requiredFields(),
                List.of(
                    Duration.ofDays(1),
                    Duration.ZERO,
                    Duration.ofDays(1),
                    Duration.ofDays(1),
                    Duration.ofDays(1)),
                d.urgentOutreachWaits(),
                d.missingInfoWaits(),
                d.urgentMissingInfoWaits(),
                1,
                1,
                1,
                d.quietStart(),
                d.quietEnd(),
                d.practiceZone(),
                d.defaultLanguage(),
                true,
                0.8,
                d.taskEscalateAfter(),
                d.urgentTaskEscalateAfter(),
                d.appointmentReminderBefore(),
                1,
                1,
                d.visitPollEvery(),
                d.visitConfirmWithin(),
                "p",
                "l",
                100));
  }
}
