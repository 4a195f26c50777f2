package io.followthrough.referral;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.intake.FaxIntakeInput;
import io.followthrough.intake.FaxIntakeWorkflow;
import io.followthrough.intake.IntakeSummary;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fax intake hands referrals to the referral outcome; the same referral faxed twice is one. */
class ReferralFromFaxIntakeTest extends ReferralTestBase {

  private IntakeSummary intake(OutcomeTestEnvironment env, String documentId) {
    FaxIntakeWorkflow wf =
        env.newWorkflow(FaxIntakeWorkflow.class, FaxIntakeWorkflow.workflowId(documentId));
    WorkflowClient.start(wf::run, new FaxIntakeInput(documentId, "fax:test", 0L, 2));
    // Sleep and query rather than wait for the result: while a client waits on a result, the test
    // server skips time to the next timer, here the referral's reminder two days on.
    env.sleep(Duration.ofMinutes(1));
    assertTrue(wf.state().completed());
    return wf.intake();
  }

  @Test
  void theSameReferralFaxedTwiceIsOneOutcomeAndOneText(OutcomeTestEnvironment env) {
    Map<String, String> first = ReferralFixtures.complete();
    // The resend is a new scan: other document id, the name in capitals, the reason reworded.
    Map<String, String> resend =
        ReferralFixtures.with(
            ReferralFixtures.with(first, "patient_name", "ANA REYES"),
            "reason",
            "palpitations, worse");
    documentsFake.put(ReferralFixtures.facts("fax-a", first));
    documentsFake.put(ReferralFixtures.facts("fax-b", resend));
    String key = ReferralKeys.referralKey(ReferralFixtures.facts("fax-a", first));
    assertEquals(key, ReferralKeys.referralKey(ReferralFixtures.facts("fax-b", resend)));
    String referralId = ReferralWorkflow.workflowId(key);

    assertEquals("referral", intake(env, "fax-a").routedType());
    env.sleep(Duration.ofMinutes(10));
    ReferralWorkflow referral = env.existingWorkflow(ReferralWorkflow.class, referralId);
    assertEquals("awaiting-patient", referral.state().stage());
    assertEquals(1, channelFake.sentTo(PATIENT).size());

    env.sleep(Duration.ofHours(3));
    assertEquals("referral", intake(env, "fax-b").routedType());
    env.sleep(Duration.ofMinutes(10));

    ReferralView view = referral.referral();
    assertEquals(List.of("fax-a", "fax-b"), view.documentIds());
    assertEquals(1, channelFake.sentTo(PATIENT).size(), "no second text to the patient");
    assertEquals(List.of(key(key, "awaiting-patient.first-contact.sms", 1)), view.messagesSent());
    assertEquals(
        List.of("fax-a", "fax-b"),
        documents.calls("understand").stream().map(c -> (String) c.arg(0)).toList(),
        "each fax read once, by intake");
    assertThat(referral.timeline()).hasEntry(TimelineKind.EVIDENCE, "supplement");
    assertMessagesSane(referral);

    FaxIntakeWorkflow a =
        env.existingWorkflow(FaxIntakeWorkflow.class, FaxIntakeWorkflow.workflowId("fax-a"));
    FaxIntakeWorkflow b =
        env.existingWorkflow(FaxIntakeWorkflow.class, FaxIntakeWorkflow.workflowId("fax-b"));
    assertThat(a.timeline()).hasEntry(TimelineKind.NOTE, "referral-started").completed();
    assertThat(b.timeline()).hasEntry(TimelineKind.NOTE, "referral-supplemented").completed();
    // The referral outlives the intake that started it.
    assertEquals(
        WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING,
        env.client()
            .newUntypedWorkflowStub(referralId)
            .describe()
            .getWorkflowExecutionInfo()
            .getStatus());
    record(env, FaxIntakeWorkflow.workflowId("fax-a"), "fax-intake-referral-started-v2.json");
    record(env, FaxIntakeWorkflow.workflowId("fax-b"), "fax-intake-referral-supplemented-v2.json");
  }

  @Test
  void aReferralWithoutTheKeyFieldsIsKeyedByItsDocument(OutcomeTestEnvironment env) {
    Map<String, String> noNpi =
        ReferralFixtures.without(ReferralFixtures.complete(), "referring_npi");
    documentsFake.put(ReferralFixtures.facts("fax-c", noNpi));
    assertEquals("fax-c", ReferralKeys.referralKey(ReferralFixtures.facts("fax-c", noNpi)));
    intake(env, "fax-c");
    env.sleep(Duration.ofMinutes(10));

    ReferralWorkflow referral =
        env.existingWorkflow(ReferralWorkflow.class, ReferralWorkflow.workflowId("fax-c"));
    // Without an NPI the request for it goes back to the number the fax came from.
    assertEquals("awaiting-information", referral.state().stage());
    assertEquals("fax-sender:fax-c", referral.referral().referrerRef());
    assertEquals(List.of("referring_npi"), referral.referral().missingFields());
    assertNotEquals(0, channelFake.sentTo("fax-sender:fax-c").size());
    assertTrue(channelFake.sentTo(PATIENT).isEmpty());
  }
}
