package io.followthrough.priorauth;

import static io.followthrough.priorauth.FakePayer.after;
import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.RecordedCall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorAuthHappyPathTest extends PriorAuthTestBase {

  @Test
  void slowPayerApprovesAfterTwoDaysOfPendingAndTheSchedulerIsTold(OutcomeTestEnvironment env) {
    payerFake.script(1, after(Duration.ofDays(2), PayerDecision.APPROVED, null));
    PriorAuthWorkflow wf = start(env);
    PriorAuthResult result = result(wf);

    assertEquals(new PriorAuthResult("approved", "AUTH-77", 0, true), result);
    // One submission under one key, with the rules table's service code and the order's codes.
    List<RecordedCall> submits = payer.calls("submit");
    assertEquals(1, submits.size());
    AuthPacket packet = submits.get(0).arg(0);
    assertEquals("93306", packet.serviceCode());
    assertEquals(List.of("I25.10"), packet.diagnosisCodes());
    assertEquals(List.of(NOTES), packet.documents());
    assertEquals(key("submit", 1), submits.get(0).arg(1));
    // Polls back off: 30 min, 2 h, 6 h, 12 h, then daily (twice), until the payer decided on day 2.
    List<Long> gaps = gaps(payer.calls("status"));
    assertEquals(
        List.of(
            Duration.ofMinutes(30).toMillis(),
            Duration.ofHours(2).toMillis(),
            Duration.ofHours(6).toMillis(),
            Duration.ofHours(12).toMillis(),
            Duration.ofDays(1).toMillis(),
            Duration.ofDays(1).toMillis()),
        gaps.stream().map(g -> g / 60_000 * 60_000).toList());
    List<RecordedCall> polls = payer.calls("status");
    long decidedAfter = polls.get(polls.size() - 1).atMillis() - MONDAY_10_ET.toEpochMilli();
    assertTrue(decidedAfter >= Duration.ofDays(2).toMillis(), "polled until the decision");

    SchedulingNotice notice = schedulerFake.notices().get(0);
    assertEquals(
        new SchedulingNotice(WORKFLOW_ID, ORDER, ORDER, "approved", "AUTH-77", "approved"), notice);
    assertEquals(key("notify-scheduler", 1), scheduler.calls("notifyScheduler").get(0).arg(1));
    assertEquals("approved", wf.priorAuth().disposition());
    assertThat(wf.timeline()).completed();
    assertEquals("completed", wf.state().stage());
    record(env, WORKFLOW_ID, "prior-auth-approved-v1.json");
  }

  @Test
  void aPayerUpdatePollsAtOnce(OutcomeTestEnvironment env) {
    payerFake.script(1, after(Duration.ofMinutes(5), PayerDecision.APPROVED, null));
    PriorAuthWorkflow wf = start(env);
    env.sleep(Duration.ofMinutes(10));
    assertEquals(1, payer.count("status"), "the next poll is 30 minutes out");
    wf.payerUpdate(wf.priorAuth().trackingId());
    PriorAuthResult result = result(wf);
    assertEquals("approved", result.disposition());
    long at = payer.calls("status").get(1).atMillis() - MONDAY_10_ET.toEpochMilli();
    assertTrue(at < Duration.ofMinutes(30).toMillis(), "polled on the signal, not the timer");
  }

  @Test
  void anOrderThePayerDoesNotReviewCompletesWithoutSubmitting(OutcomeTestEnvironment env) {
    PriorAuthWorkflow wf = start(env, input("dermatology"));
    assertEquals(new PriorAuthResult("not-required", null, 0, true), result(wf));
    assertEquals(0, payer.calls().size());
    assertEquals("not-required", schedulerFake.notices().get(0).result());
  }

  private static List<Long> gaps(List<RecordedCall> calls) {
    return java.util.stream.IntStream.range(1, calls.size())
        .mapToObj(i -> calls.get(i).atMillis() - calls.get(i - 1).atMillis())
        .toList();
  }
}
