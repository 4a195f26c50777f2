package io.followthrough.priorauth;

import static io.followthrough.priorauth.FakePayer.after;
import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.drafting.DraftRequest;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorAuthAppealTest extends PriorAuthTestBase {

  @Test
  void aDenialIsAppealedWithASignedLetterAndTheAppealIsApproved(OutcomeTestEnvironment env) {
    payerFake
        .script(1, after(Duration.ofDays(1), PayerDecision.DENIED, "not-medically-necessary"))
        .script(2, after(Duration.ofDays(3), PayerDecision.APPROVED, null));
    PriorAuthWorkflow wf = start(env);
    env.sleep(Duration.ofDays(2));

    // The appeal was drafted from the denial reason, codes and document kinds (no document text).
    DraftRequest request = drafting.calls("draft").get(0).arg(0);
    assertEquals("prior-auth-appeal", request.purpose());
    assertEquals("not-medically-necessary", request.facts().get("denial_reason"));
    assertEquals("93306", request.facts().get("service_code"));
    assertEquals("I25.10", request.facts().get("diagnosis_codes"));
    assertEquals("clinical-notes", request.facts().get("documents"));
    assertEquals("PA-1", request.facts().get("auth_ref"));

    HumanTask signOff = openTask(wf, PriorAuthResolutions.APPEAL_SIGN_OFF);
    assertEquals("clinician", signOff.role());
    assertEquals("not-medically-necessary", signOff.context().get("denialReason"));
    assertEquals("prior-auth-appeal.staff.fax", signOff.context().get("draft"));
    assertNotNull(wf.priorAuth().appealDueAt());
    wf.completeTask(new TaskCompletion(signOff.id(), "clinician", "dr-5", "signed"));

    PriorAuthResult result = result(wf);
    assertEquals(new PriorAuthResult("approved", "AUTH-77", 1, true), result);
    AppealPacket appeal = payerFake.appeals().get(0);
    assertEquals("PA-1", appeal.deniedTrackingId());
    assertEquals("dr-5", appeal.signedBy());
    assertEquals("appeal of not-medically-necessary", appeal.letter());
    assertEquals(List.of(NOTES), appeal.documents());
    assertEquals(key("submit-appeal", 1), payer.calls("submitAppeal").get(0).arg(2));
    assertTrue(!appeal.toString().contains("appeal of"), "the letter never in toString");
    assertThat(wf.timeline())
        .stagesInOrder(
            "check-rules",
            "assemble-packet",
            "submit",
            "await-decision",
            "draft-appeal",
            "appeal-sign-off",
            "submit-appeal",
            "await-decision",
            "notify-scheduler");
    assertEquals("PA-2", wf.priorAuth().trackingId());
    record(env, WORKFLOW_ID, "prior-auth-appealed-v1.json");
  }

  @Test
  void anUnsignedAppealEscalatesAndAfterTheWindowASupervisorDecides(OutcomeTestEnvironment env) {
    payerFake.script(1, after(Duration.ofHours(2), PayerDecision.DENIED, "out-of-network"));
    PriorAuthWorkflow wf = start(env);
    env.sleep(Duration.ofHours(3));
    assertEquals("clinician", openTask(wf, PriorAuthResolutions.APPEAL_SIGN_OFF).role());

    // 48 hours without a signature: a supervisor gets the sign-off.
    env.sleep(Duration.ofHours(49));
    assertEquals("supervisor", openTask(wf, PriorAuthResolutions.APPEAL_SIGN_OFF).role());
    assertThat(wf.timeline()).escalatedTo(1).escalatedThrough("task:supervisor");

    // The 30-day appeal window closes unsigned: the sign-off is superseded by a final decision.
    env.sleep(Duration.ofDays(29));
    HumanTask decision = openTask(wf, PriorAuthResolutions.FINAL_DECISION);
    assertEquals("supervisor", decision.role());
    assertEquals("appeal-window-closed", decision.context().get("why"));
    assertEquals(0, payer.count("submitAppeal"));
    resolve(wf, PriorAuthResolutions.FINAL_DECISION, "accept-denial");

    PriorAuthResult result = result(wf);
    assertEquals(new PriorAuthResult("final-accept-denial", null, 0, true), result);
    SchedulingNotice notice = schedulerFake.notices().get(0);
    assertEquals("not-authorized", notice.result());
    assertEquals("final-accept-denial", notice.reasonCode());
  }

  @Test
  void aFinalDenialGoesStraightToTheSupervisor(OutcomeTestEnvironment env) {
    payerFake.script(1, FakePayer.finalDenial(Duration.ofHours(1), "benefit-exclusion"));
    PriorAuthWorkflow wf = start(env);
    env.sleep(Duration.ofHours(3)); // polled at 0, 30 min and 2h30
    assertEquals(
        "denial-final", openTask(wf, PriorAuthResolutions.FINAL_DECISION).context().get("why"));
    assertEquals(0, drafting.count("draft"), "no appeal drafted for a final denial");
    resolve(wf, PriorAuthResolutions.FINAL_DECISION, "self-pay");
    assertEquals("final-self-pay", result(wf).disposition());
  }
}
