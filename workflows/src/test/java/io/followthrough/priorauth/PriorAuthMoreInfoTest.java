package io.followthrough.priorauth;

import static io.followthrough.priorauth.FakePayer.after;
import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorAuthMoreInfoTest extends PriorAuthTestBase {

  @Test
  void itemsOnFileAreSentAtOnceAndMissingOnesGoToACoordinator(OutcomeTestEnvironment env) {
    payerFake.script(
        1,
        after(Duration.ofHours(1), PayerDecision.MORE_INFO, null, "clinical-notes"),
        after(Duration.ofHours(3), PayerDecision.MORE_INFO, null, "imaging-report"),
        after(Duration.ofHours(10), PayerDecision.APPROVED, null));
    PriorAuthWorkflow wf = start(env);

    // The notes are on file: answered without a person.
    env.sleep(Duration.ofHours(3));
    assertEquals(List.of(List.of(NOTES)), payerFake.answers());
    assertThat(wf.timeline()).hasEntry(TimelineKind.NOTE, "answered-from-file");
    assertEquals(key("answer-request", 1), payer.calls("answerRequest").get(0).arg(3));

    // The echo report is not: a coordinator task names the item (a code, no PHI).
    env.sleep(Duration.ofHours(10));
    HumanTask task = openTask(wf, PriorAuthResolutions.MORE_INFO);
    assertEquals("coordinator", task.role());
    assertEquals("imaging-report", task.context().get("items"));
    assertEquals(List.of("imaging-report"), wf.priorAuth().requestedItems());
    assertThrows(
        Exception.class,
        () -> wf.completeTask(new TaskCompletion(task.id(), "coordinator", "c-1", "approve")),
        "a resolution the task does not know is refused");

    // Attaching the report answers it (the task is superseded) and the payer approves.
    wf.attach(ECHO);
    PriorAuthResult result = result(wf);
    assertEquals("approved", result.disposition());
    assertEquals(List.of(List.of(NOTES), List.of(ECHO)), payerFake.answers());
    assertEquals(
        HumanTask.Status.SUPERSEDED,
        wf.state().tasks().stream()
            .filter(t -> t.id().equals(task.id()))
            .findFirst()
            .orElseThrow()
            .status());
    assertEquals(2, wf.priorAuth().documents());
  }

  @Test
  void anUnansweredRequestGoesToASupervisorWhoAnswersByPhone(OutcomeTestEnvironment env) {
    payerFake.script(
        1,
        after(Duration.ofHours(1), PayerDecision.MORE_INFO, null, "lab-results"),
        after(Duration.ofDays(1), PayerDecision.APPROVED, null));
    PriorAuthWorkflow wf = start(env);
    env.sleep(Duration.ofHours(3)); // polled at 0, 30 min and 2h30
    assertEquals("coordinator", openTask(wf, PriorAuthResolutions.MORE_INFO).role());
    // Nobody answers within the RFI answer deadline (2 days): a supervisor gets it.
    env.sleep(Duration.ofDays(2));
    HumanTask escalated = openTask(wf, PriorAuthResolutions.MORE_INFO);
    assertEquals("supervisor", escalated.role());
    assertThat(wf.timeline()).escalatedTo(1);
    resolve(wf, PriorAuthResolutions.MORE_INFO, "answered-by-phone");
    // Answered by phone: nothing is sent, and while the payer still shows the same request the
    // workflow keeps polling instead of asking a person again.
    env.sleep(Duration.ofHours(6));
    assertTrue(payerFake.answers().isEmpty(), "nothing sent for a phone answer");
    assertEquals(0, payer.count("answerRequest"));
    assertTrue(
        wf.state().tasks().stream().noneMatch(HumanTask::isOpen), wf.state().tasks().toString());
    assertTrue(payer.count("status") > 3, "still polling");
  }
}
