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

/**
 * A classifier that keeps failing: retries, then a coordinator classifies; bad policy: defaults.
 */
class MessageTriageClassifierFailureTest extends TriageTestBase {

  @Test
  void classifierFailureRetriesThenACoordinatorDecides(OutcomeTestEnvironment env) {
    aiFake.failing = true;
    MessageTriageWorkflow wf = start(env, "please call me back tonight");
    env.sleep(Duration.ofMinutes(5));
    HumanTask task = openTask(wf, "classification-failed");
    assertEquals("coordinator", task.role());
    assertEquals(3 * 3, ai.count("classify"), "three stage attempts of three activity tries");
    assertTrue(pagerFake.pages.isEmpty());

    resolve(wf, "classification-failed", "urgent");
    env.sleep(Duration.ofSeconds(5));
    assertEquals(List.of("prov-oncall-1"), pagerFake.paged(), "after hours, urgent: paged");
    wf.pager(new PagerResponse("page-1", "dr-oncall", PagerResponse.CALLED_BACK));
    assertEquals("answered", result(wf).disposition());
    assertThat(wf.timeline())
        .attempts("classify", 3)
        .hasEntry(TimelineKind.NOTE, "classified-by-staff:urgent")
        .completed();
  }

  @Test
  void unansweredClassificationTaskGoesToASupervisor(OutcomeTestEnvironment env) {
    aiFake.failing = true;
    MessageTriageWorkflow wf = start(env, "call me");
    env.sleep(Duration.ofMinutes(40));
    HumanTask task = openTask(wf, "classification-failed");
    assertEquals("supervisor", task.role());
    resolve(wf, "classification-failed", "emergency");
    env.sleep(Duration.ofSeconds(5));
    assertEquals(1, channelFake.sent.size(), "emergency instructions went out");
    assertEquals(1, pagerFake.pages.size());
  }

  @Test
  void aBrokenSitePolicyFallsBackToTheDefaults(OutcomeTestEnvironment env) {
    policy.broken = true;
    aiFake.answer(MessageUrgency.URGENT, false, "example:vomiting");
    MessageTriageWorkflow wf = start(env, "vomiting all evening");
    assertEquals(List.of("prov-oncall-1"), pagerFake.paged());
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.ATTEMPT_FAILED, "policy:InvalidInput")
        .hasEntry(TimelineKind.NOTE, "policy-defaults-used");
    wf.pager(new PagerResponse("page-1", "dr-oncall", PagerResponse.CALLED_BACK));
    assertEquals("answered", result(wf).disposition());
  }
}
