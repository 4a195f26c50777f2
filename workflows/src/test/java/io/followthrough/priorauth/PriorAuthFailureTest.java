package io.followthrough.priorauth;

import static io.followthrough.priorauth.FakePayer.after;
import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.RecordedCall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorAuthFailureTest extends PriorAuthTestBase {

  @Test
  void aPayerOutageIsRetriedAndNeverSubmitsTwice(OutcomeTestEnvironment env) {
    payerFake.script(1, after(Duration.ofHours(4), PayerDecision.APPROVED, null));
    payerFake.failNext(3); // the first three calls (submit) fail: the activity retries them
    PriorAuthWorkflow wf = start(env);
    env.sleep(Duration.ofMinutes(20));
    // Then the payer is down for three hours: polls beyond the activity's retries are recorded and
    // tried again at the next interval.
    payerFake.downUntil(env.now().plus(Duration.ofHours(3)));
    PriorAuthResult result = result(wf);

    assertEquals("approved", result.disposition());
    List<RecordedCall> submits = payer.calls("submit");
    assertEquals(4, submits.size(), "three failed attempts and one that went through");
    assertTrue(submits.stream().allMatch(c -> key("submit", 1).equals(c.arg(1))), "one key");
    assertThat(wf.timeline()).hasEntry(TimelineKind.ATTEMPT_FAILED, PayerActivities.UNAVAILABLE);
    assertEquals(1, result.appeals() + 1, "no appeal");
  }

  @Test
  void aPayerPastItsDeadlineGoesToStaffWhoKeepWaitingThenGetApprovalByPhone(
      OutcomeTestEnvironment env) {
    PriorAuthWorkflow wf = start(env); // the payer never decides
    env.sleep(Duration.ofDays(9));
    assertTrue(wf.state().tasks().isEmpty(), "still within the 10 days of the rules table");
    env.sleep(Duration.ofDays(1).plusHours(1));
    HumanTask overdue = openTask(wf, PriorAuthResolutions.PAYER_OVERDUE);
    assertEquals("coordinator", overdue.role());
    assertThat(wf.timeline()).hasEntry(TimelineKind.NOTE, "payer-deadline-passed");
    resolve(wf, PriorAuthResolutions.PAYER_OVERDUE, "keep-waiting");

    // Three more days of polling (the overdue extension), then staff again.
    env.sleep(Duration.ofDays(3).plusHours(1));
    resolve(wf, PriorAuthResolutions.PAYER_OVERDUE, "approved-by-phone");
    PriorAuthResult result = result(wf);
    assertEquals("approved-by-phone", result.disposition());
    assertEquals("approved", schedulerFake.notices().get(0).result());
    assertTrue(payer.count("status") > 10);
  }

  @Test
  void aSubmissionThatKeepsFailingGoesToACoordinator(OutcomeTestEnvironment env) {
    payerFake.downUntil(MONDAY_10_ET.plus(Duration.ofDays(2)));
    payerFake.script(1, after(Duration.ofHours(1), PayerDecision.APPROVED, null));
    PriorAuthWorkflow wf = start(env);
    env.sleep(Duration.ofDays(1));
    HumanTask task = openTask(wf, PriorAuthResolutions.SUBMISSION_FAILED);
    assertEquals("coordinator", task.role());
    env.sleep(Duration.ofDays(1));
    resolve(wf, PriorAuthResolutions.SUBMISSION_FAILED, "retry");
    assertEquals("approved", result(wf).disposition());
  }

  @Test
  void badInputFailsAtOnce(OutcomeTestEnvironment env) {
    PriorAuthWorkflow wf =
        start(
            env,
            new PriorAuthInput(
                "appt-0042", null, "aetna", "cardiology", null, null, null, null, null));
    Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> result(wf));
    assertTrue(String.valueOf(e.getCause()).contains("InvalidInput"), e.toString());
  }
}
