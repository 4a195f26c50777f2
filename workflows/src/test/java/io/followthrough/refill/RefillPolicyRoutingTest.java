package io.followthrough.refill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Policy routing: controlled substances always go to a clinician (even with auto-approval on and
 * the visit overdue); an overdue non-controlled refill needs a visit; auto-approval by protocol.
 */
class RefillPolicyRoutingTest extends RefillTestBase {

  private static RefillPolicy autoApprove() {
    RefillPolicy d = RefillPolicy.defaults();
    return new RefillPolicy(
        d.maxMonthsSinceVisit(),
        1, // the controlled visit rule is overdue for Lopez too (seen in January)
        true,
        d.prescriberRole(),
        d.prescriberEscalateAfter(),
        d.prescriberEscalationRoles(),
        d.coordinatorEscalateAfter(),
        d.pharmacyConfirmWaits(),
        d.visitSearchDays(),
        d.visitSpecialty(),
        d.practiceName(),
        d.practiceZone(),
        d.defaultLanguage());
  }

  @Test
  void controlledSubstanceAlwaysGoesToAClinician(OutcomeTestEnvironment env) {
    policy.policy = autoApprove();
    RefillWorkflow wf = startFax(env, "doc-c", fax("doc-c", "Luis Lopez", "Alprazolam", "0.5 mg"));

    HumanTask task = awaitTask(wf, "controlled-substance-review");
    assertEquals("clinician", task.role());
    assertEquals("IV", task.context().get("controlled"));
    assertEquals(
        "controlled-substance:iv,months-since-visit:1,visit-overdue",
        task.context().get("findings"));
    assertTrue(channelFake.sent().isEmpty(), "no decision went out by protocol");

    wf.completeTask(new TaskCompletion(task.id(), task.role(), "dr-2", "needs-visit"));
    awaitSent(2);
    assertEquals(
        "visit-required",
        channelFake.sentOn(Channel.FAX).get(0).variables().get("refill_decision"));
    pharmacyConfirms(wf, "fax-sender:doc-c", key("doc-c", "notify.pharmacy-fax", 1));
    resolve(wf, "book-visit", "patient-declined");
    assertEquals(new RefillResult("visit-not-booked", "visit-required"), result(wf));
  }

  @Test
  void autoApprovalByProtocolWhenNotControlledAndSeenRecently(OutcomeTestEnvironment env) {
    policy.policy = autoApprove();
    RefillWorkflow wf = startFax(env, "doc-a", fax("doc-a", "Ana Reyes", "lisinopril", "10 mg"));
    awaitSent(2);
    assertTrue(wf.state().tasks().isEmpty(), "no prescriber task: " + wf.state().tasks());
    pharmacyConfirms(wf, "fax-sender:doc-a", key("doc-a", "notify.pharmacy-fax", 1));
    assertEquals(new RefillResult("approved-confirmed", "approved"), result(wf));
  }

  @Test
  void overdueVisitBooksAVisitAndTellsThePharmacy(OutcomeTestEnvironment env) {
    RefillWorkflow wf = startFax(env, "doc-v", fax("doc-v", "Mai Nguyen", "Atorvastatin", "20 mg"));

    awaitSent(2);
    assertTrue(wf.state().tasks().isEmpty(), "no prescriber task for an overdue visit");
    assertEquals(
        List.of(key("doc-v", "notify.pharmacy-fax", 1), key("doc-v", "notify.patient-sms", 1)),
        sentKeys());
    assertEquals(
        "visit-required",
        channelFake.sentOn(Channel.SMS).get(0).variables().get("refill_decision"));
    pharmacyConfirms(wf, "fax-sender:doc-v", key("doc-v", "notify.pharmacy-fax", 1));

    HumanTask book = awaitTask(wf, "book-visit");
    assertEquals("coordinator", book.role());
    assertEquals("slot-1,slot-2", book.context().get("slots"));
    assertEquals("cardiology", book.context().get("specialty"));
    wf.completeTask(new TaskCompletion(book.id(), book.role(), "staff-1", "book:slot-2"));
    assertEquals(new RefillResult("visit-booked", "visit-required"), result(wf));
    assertTrue(practiceFake.booked.containsKey("slot-2"));
    assertEquals(
        key("doc-v", "book-visit.appointment", 1), practice.calls("bookAppointment").get(0).arg(2));
    env.sleep(Duration.ofSeconds(1));
  }
}
