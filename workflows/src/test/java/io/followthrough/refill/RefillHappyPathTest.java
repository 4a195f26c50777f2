package io.followthrough.refill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineEntry;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pharmacy fax or patient message → prescriber approves → pharmacy and patient told → confirmed.
 */
class RefillHappyPathTest extends RefillTestBase {

  @Test
  void faxedRequestApprovedToldAndConfirmed(OutcomeTestEnvironment env) {
    RefillWorkflow wf = startFax(env, "doc-1", fax("doc-1", "Ana Reyes", "Lisinopril", "10 mg"));

    HumanTask task = awaitTask(wf, "refill-approval");
    assertEquals("clinician", task.role());
    assertEquals("rx-7-1", task.context().get("rxRef"));
    assertEquals("prov-01", task.context().get("prescriberRef"));
    assertEquals("2025-12-01", task.context().get("lastVisit"));
    assertEquals("2026-02-01", task.context().get("lastFill"));
    assertEquals("no", task.context().get("controlled"));
    assertEquals("months-since-visit:3,visit-current", task.context().get("findings"));
    assertEquals(REYES, task.context().get("patientRef"));
    assertTrue(channelFake.sent().isEmpty(), "nothing sent before the decision");

    // A mistyped decision is refused by the Update's validator.
    assertThrows(
        Exception.class,
        () ->
            wf.completeTask(
                new TaskCompletion(task.id(), task.role(), "dr-1", "deny:because-i-said-so")));
    wf.completeTask(new TaskCompletion(task.id(), task.role(), "dr-1", "approve"));

    awaitSent(2);
    String faxKey = key("doc-1", "notify.pharmacy-fax", 1);
    assertEquals(List.of(faxKey, key("doc-1", "notify.patient-sms", 1)), sentKeys());
    OutboundMessage faxed = channelFake.sentOn(Channel.FAX).get(0);
    assertEquals("fax-sender:doc-1", faxed.recipientRef(), "the pharmacy that faxed is answered");
    assertEquals("refill-decision-pharmacy-fax", faxed.templateId());
    assertEquals("approved", faxed.variables().get("refill_decision"));
    assertEquals(REYES, channelFake.sentOn(Channel.SMS).get(0).recipientRef());

    deliveryReceipt(wf, faxKey); // a carrier's receipt is not the pharmacy's confirmation
    env.sleep(Duration.ofMinutes(30));
    assertFalse(wf.state().completed());
    assertEquals("pharmacy-confirmation", wf.state().stage());

    pharmacyConfirms(wf, "fax-sender:doc-1", faxKey);
    RefillResult r = result(wf);
    assertEquals(new RefillResult("approved-confirmed", "approved"), r);
    List<String> codes = wf.timeline().stream().map(TimelineEntry::code).toList();
    assertTrue(codes.contains("pharmacy-fax-receipt:delivered"), codes.toString());
    assertTrue(codes.contains("pharmacy-confirmed"), codes.toString());
    assertEquals(2, channelFake.sent().size(), "no resend after a confirmation");
    record(env, RefillWorkflow.workflowId("doc-1"), "refill-approved-v1.json");
  }

  @Test
  void aDocumentIdIsQuotedShortOnTheFax() {
    String sha = "5e1d".repeat(16);
    assertEquals("5e1d5e1d5e1d5e1d", RefillWorkflowImpl.shortRef(sha));
    assertEquals("msg-key-1", RefillWorkflowImpl.shortRef("msg-key-1"));
  }

  @Test
  void patientMessageApprovedTellsTheirPharmacy(OutcomeTestEnvironment env) {
    RefillWorkflow wf =
        startMessage(env, "msg-key-1", REYES, "Can I get a refill of my metformin please");

    HumanTask task = awaitTask(wf, "refill-approval");
    assertEquals("rx-7-2", task.context().get("rxRef"));
    assertEquals("message-triage", task.context().get("source"));
    wf.completeTask(new TaskCompletion(task.id(), task.role(), "dr-1", "approve"));

    awaitSent(2);
    String faxKey = key("msg-key-1", "notify.pharmacy-fax", 1);
    assertEquals("pharm-01", channelFake.sentOn(Channel.FAX).get(0).recipientRef());
    pharmacyConfirms(wf, "pharm-01", faxKey);
    assertEquals(new RefillResult("approved-confirmed", "approved"), result(wf));
  }
}
