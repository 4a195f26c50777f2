package io.followthrough.refill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.testkit.OutcomeTestEnvironment;
import org.junit.jupiter.api.Test;

/** Unknown patient or medication: a coordinator decides, or closes the request. */
class RefillUnmatchedTest extends RefillTestBase {

  @Test
  void unknownPatientGoesToACoordinatorWhoFindsThem(OutcomeTestEnvironment env) {
    RefillWorkflow wf =
        startFax(env, "doc-u", fax("doc-u", "Zed Unknownson", "Lisinopril", "10 mg"));
    HumanTask task = awaitTask(wf, "patient-not-identified");
    assertEquals("coordinator", task.role());
    assertEquals("none", task.context().get("tried"));
    assertEquals("doc-u", task.context().get("documentId"));
    assertThrows(
        Exception.class,
        () -> wf.completeTask(new TaskCompletion(task.id(), task.role(), "s", "pt 7")));
    wf.completeTask(new TaskCompletion(task.id(), task.role(), "s", "patient:" + REYES));

    HumanTask review = awaitTask(wf, "refill-approval");
    assertEquals(REYES, review.context().get("patientRef"));
    assertEquals("rx-7-1", review.context().get("rxRef"));
  }

  @Test
  void unknownMedicationGoesToACoordinatorWhoMayClose(OutcomeTestEnvironment env) {
    RefillWorkflow wf = startFax(env, "doc-m", fax("doc-m", "Ana Reyes", "Warfarin", "5 mg"));
    HumanTask task = awaitTask(wf, "medication-not-matched");
    assertEquals("none", task.context().get("tried"));
    assertEquals("rx-7-1,rx-7-2", task.context().get("candidates"));
    wf.completeTask(new TaskCompletion(task.id(), task.role(), "s", "close"));
    assertEquals(new RefillResult("closed-by-staff", null), result(wf));
    assertTrue(channelFake.sent().isEmpty(), "nothing told about a request nobody could place");
  }

  @Test
  void ambiguousMedicationChosenByACoordinator(OutcomeTestEnvironment env) {
    RefillWorkflow wf =
        startMessage(env, "msg-amb", REYES, "refill lisinopril and metformin please");
    HumanTask task = awaitTask(wf, "medication-not-matched");
    assertEquals("ambiguous", task.context().get("tried"));
    assertEquals("rx-7-1,rx-7-2", task.context().get("candidates"));
    wf.completeTask(new TaskCompletion(task.id(), task.role(), "s", "rx:rx-7-2"));
    HumanTask review = awaitTask(wf, "refill-approval");
    assertEquals("rx-7-2", review.context().get("rxRef"));
  }
}
