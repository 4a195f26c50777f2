package io.followthrough.refill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TimelineEntry;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.RecordedCall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nobody answers: the prescriber task escalates; the pharmacy gets resends, then staff call. */
class RefillTimeoutsTest extends RefillTestBase {

  @Test
  void unansweredPrescriberTaskEscalatesToASupervisor(OutcomeTestEnvironment env) {
    RefillWorkflow wf = startFax(env, "doc-e", fax("doc-e", "Ana Reyes", "Lisinopril", "10 mg"));
    HumanTask first = awaitTask(wf, "refill-approval");
    assertEquals("clinician", first.role());

    env.sleep(Duration.ofHours(23));
    assertTrue(wf.state().tasks().get(0).isOpen(), "still the clinician's after 23 hours");
    env.sleep(Duration.ofHours(2));

    HumanTask second = awaitTask(wf, "refill-approval");
    assertEquals("supervisor", second.role());
    assertEquals(HumanTask.Status.ESCALATED, wf.state().tasks().get(0).status());
    assertEquals(1, wf.state().escalationLevel());
    assertTrue(channelFake.sent().isEmpty());

    resolve(wf, "refill-approval", "deny:needs-labs");
    awaitSent(2);
    OutboundMessage faxed = channelFake.sentOn(Channel.FAX).get(0);
    assertEquals("denied", faxed.variables().get("refill_decision"));
    pharmacyConfirms(wf, "fax-sender:doc-e", key("doc-e", "notify.pharmacy-fax", 1));
    assertEquals(new RefillResult("denied-confirmed", "denied"), result(wf));
  }

  @Test
  void silentPharmacyGetsResendsThenAStaffCall(OutcomeTestEnvironment env) {
    RefillWorkflow wf = startFax(env, "doc-p", fax("doc-p", "Ana Reyes", "Lisinopril", "10 mg"));
    resolve(wf, "refill-approval", "approve");
    awaitSent(2);
    Instant decided = env.now();

    env.sleep(Duration.ofHours(17));
    HumanTask staff = awaitTask(wf, "pharmacy-not-confirmed");
    assertEquals("coordinator", staff.role());
    assertEquals("fax-sender:doc-p", staff.context().get("pharmacyRef"));
    assertEquals("call-pharmacy", staff.context().get("suggestion"));

    List<RecordedCall> faxes =
        channels.calls("send").stream()
            .filter(c -> ((OutboundMessage) c.arg(0)).channel() == Channel.FAX)
            .toList();
    assertEquals(
        List.of(
            key("doc-p", "notify.pharmacy-fax", 1),
            key("doc-p", "notify.pharmacy-fax", 2),
            key("doc-p", "notify.pharmacy-fax", 3)),
        faxes.stream().map(c -> ((OutboundMessage) c.arg(0)).idempotencyKey()).toList());
    assertAbout(decided.plus(Duration.ofHours(4)), faxes.get(1));
    assertAbout(decided.plus(Duration.ofHours(8)), faxes.get(2));
    assertEquals(3, wf.state().escalationLevel());

    resolve(wf, "pharmacy-not-confirmed", "confirmed-by-phone");
    assertEquals(new RefillResult("approved-confirmed", "approved"), result(wf));
    List<String> codes = wf.timeline().stream().map(TimelineEntry::code).toList();
    assertTrue(codes.contains("pharmacy-confirmed-by-staff"), codes.toString());
    assertTrue(
        wf.timeline().stream()
            .anyMatch(
                e -> e.kind() == TimelineKind.ESCALATED && e.code().equals("pharmacy-resend-2")));
  }

  @Test
  void aLateConfirmationStopsTheLadder(OutcomeTestEnvironment env) {
    RefillWorkflow wf = startFax(env, "doc-l", fax("doc-l", "Ana Reyes", "Lisinopril", "10 mg"));
    resolve(wf, "refill-approval", "approve");
    awaitSent(2);
    env.sleep(Duration.ofHours(5)); // one resend went out
    assertEquals(3, channelFake.sent().size());
    // The pharmacy answers the resent fax.
    pharmacyConfirms(wf, "fax-sender:doc-l", key("doc-l", "notify.pharmacy-fax", 2));
    assertEquals(new RefillResult("approved-confirmed", "approved"), result(wf));
    assertEquals(3, channelFake.sent().size(), "no further resend");
    assertFalse(wf.state().tasks().stream().anyMatch(t -> t.reason().startsWith("pharmacy")));
  }

  static void assertAbout(Instant expected, RecordedCall call) {
    long drift = call.atMillis() - expected.toEpochMilli();
    assertTrue(
        drift >= 0 && drift < 60_000,
        "expected at " + expected + " but ran at " + Instant.ofEpochMilli(call.atMillis()));
  }
}
