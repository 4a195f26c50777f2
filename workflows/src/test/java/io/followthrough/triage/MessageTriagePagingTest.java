package io.followthrough.triage;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acknowledgement ladder: repage, backup, supervisor. */
class MessageTriagePagingTest extends TriageTestBase {

  @Test
  void unacknowledgedUrgentPageClimbsToTheBackupAndASupervisor(OutcomeTestEnvironment env) {
    aiFake.answer(MessageUrgency.URGENT, false, "example:high-fever");
    MessageTriageWorkflow wf = start(env, "fever of 103 since this afternoon");
    String id = id(wf);
    assertEquals(List.of("prov-oncall-1"), pagerFake.paged());
    assertTrue(channelFake.sent.isEmpty(), "urgent: no emergency instructions");

    env.sleep(Duration.ofMinutes(14));
    assertEquals(1, pagerFake.pages.size(), "no repage before the urgent timeout");
    env.sleep(Duration.ofMinutes(2));
    assertEquals(List.of("prov-oncall-1", "prov-oncall-1"), pagerFake.paged());
    assertEquals(id + ":page-on-call.repage:2", pagerFake.pages.get(1).idempotencyKey());
    env.sleep(Duration.ofMinutes(15));
    assertEquals(List.of("prov-oncall-1", "prov-oncall-1", "prov-oncall-2"), pagerFake.paged());
    env.sleep(Duration.ofMinutes(30));
    HumanTask task = openTask(wf, "page-unanswered");
    assertEquals("supervisor", task.role());
    assertEquals(1, wf.state().tasks().size());

    resolve(wf, "page-unanswered", "called-back");
    MessageTriageResult result = result(wf);
    assertEquals("answered-by-staff", result.disposition());
    assertEquals(MessageUrgency.URGENT, result.urgency());
    assertThat(wf.timeline())
        .escalatedTo(3)
        .escalatedThrough("repage-on-call")
        .escalatedThrough("page-backup")
        .escalatedThrough("supervisor-review")
        .completed();
    assertEquals(3, pagerFake.pages.size(), "nothing paged twice");
  }

  @Test
  void aBackupAcknowledgementStopsTheLadder(OutcomeTestEnvironment env) {
    aiFake.answer(MessageUrgency.EMERGENCY, false, "rule:stroke");
    MessageTriageWorkflow wf = start(env, "my face is drooping and my arm is numb");
    env.sleep(Duration.ofMinutes(11));
    assertEquals(List.of("prov-oncall-1", "prov-oncall-1", "prov-oncall-2"), pagerFake.paged());
    wf.pager(new PagerResponse("page-3", "dr-backup", PagerResponse.CALLED_BACK));
    MessageTriageResult result = result(wf);
    assertEquals("answered", result.disposition());
    assertEquals("dr-backup", result.answeredBy());
    assertThat(wf.timeline()).escalatedTo(2).completed();
    assertTrue(wf.state().tasks().isEmpty(), "no supervisor task");
  }

  @Test
  void aPagerThatIsDownStillEndsWithASupervisor(OutcomeTestEnvironment env) {
    aiFake.answer(MessageUrgency.EMERGENCY, false, "rule:severe-bleeding");
    pagerFake.failing = true;
    MessageTriageWorkflow wf = start(env, "bleeding that won't stop");
    env.sleep(Duration.ofMinutes(25));
    HumanTask task = openTask(wf, "page-unanswered");
    assertEquals("supervisor", task.role());
    assertThat(wf.timeline()).hasEntry(TimelineKind.ATTEMPT_FAILED, "page:PagerUnavailable");
    resolve(wf, "page-unanswered", "on-call-reached");
    // The on-call was reached by phone: the callback still has to be confirmed.
    assertEquals("confirm-answered", wf.state().stage());
    wf.pager(new PagerResponse("none", "dr-oncall", PagerResponse.CALLED_BACK));
    assertEquals("answered", result(wf).disposition());
  }
}
