package io.followthrough.triage;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Emergency wording: instructions to the patient at once, the on-call paged, the callback. */
class MessageTriageEmergencyTest extends TriageTestBase {

  @Test
  void emergencyGetsInstructionsAndAPageAndEndsWhenTheOnCallCalledBack(OutcomeTestEnvironment env) {
    aiFake.answer(MessageUrgency.EMERGENCY, false, "rule:chest-pain");
    MessageTriageWorkflow wf = start(env, "crushing chest pain since an hour");
    String id = id(wf);

    // Instructions by SMS under the workflow's key, and one page to today's on-call.
    assertEquals(1, channelFake.sent.size());
    OutboundMessage sent = channelFake.sent.get(0);
    assertEquals(Channel.SMS, sent.channel());
    assertEquals(PATIENT, sent.recipientRef());
    assertEquals(id + ":emergency-instructions:1", sent.idempotencyKey());
    assertTrue(sent.body().contains("911"));
    assertEquals(List.of("prov-oncall-1"), pagerFake.paged());
    PageRequest page = pagerFake.pages.get(0);
    assertEquals("emergency", page.urgency());
    assertEquals(PATIENT, page.patientRef());
    assertEquals(id + ":page-on-call.primary:1", page.idempotencyKey());
    MessageTriageView view = wf.triage();
    assertEquals(MessageUrgency.EMERGENCY, view.urgency());
    assertTrue(view.afterHours());
    assertEquals(sent.idempotencyKey(), view.instructionsSent());

    // Acknowledged within the timeout: no repage; the callback confirmed later.
    env.sleep(Duration.ofMinutes(3));
    wf.pager(new PagerResponse("page-1", "dr-oncall", PagerResponse.ACKNOWLEDGED));
    env.sleep(Duration.ofMinutes(20));
    assertEquals(1, pagerFake.pages.size(), "acknowledged: no repage");
    assertEquals("confirm-answered", wf.state().stage());
    wf.pager(new PagerResponse("page-1", "dr-oncall", PagerResponse.CALLED_BACK));

    MessageTriageResult result = result(wf);
    assertEquals("answered", result.disposition());
    assertEquals("dr-oncall", result.answeredBy());
    assertEquals(MessageUrgency.EMERGENCY, result.urgency());
    assertThat(wf.timeline())
        .stagesInOrder("classify", "emergency-instructions", "page-on-call", "confirm-answered")
        .neverEscalated()
        .hasEntry(TimelineKind.EVIDENCE, "ai:classify:emergency:rule:chest-pain:local/fake/test@1")
        .completed();
    record(env, id, "message-triage-emergency-v1.json");
  }

  @Test
  void acknowledgedButNoCallbackGoesToASupervisor(OutcomeTestEnvironment env) {
    aiFake.answer(MessageUrgency.EMERGENCY, false, "rule:cannot-breathe");
    MessageTriageWorkflow wf = start(env, "I can't breathe");
    wf.pager(new PagerResponse("page-1", "dr-oncall", PagerResponse.ACKNOWLEDGED));
    env.sleep(Duration.ofMinutes(29));
    assertNull(wf.state().tasks().stream().filter(HumanTask::isOpen).findFirst().orElse(null));
    env.sleep(Duration.ofMinutes(2));
    HumanTask task = openTask(wf, "callback-not-confirmed");
    assertEquals("supervisor", task.role());
    assertEquals(PATIENT, task.context().get("patientRef"));

    // A resolution the task does not know is refused before it reaches history.
    assertThrows(
        RuntimeException.class,
        () -> wf.completeTask(new TaskCompletion(task.id(), "supervisor", "sup-1", "done")));
    wf.completeTask(new TaskCompletion(task.id(), "supervisor", "sup-1", "called-back"));
    MessageTriageResult result = result(wf);
    assertEquals("answered-by-staff", result.disposition());
    assertEquals("sup-1", result.answeredBy());
  }

  @Test
  void aFailedInstructionSendDoesNotStopThePage(OutcomeTestEnvironment env) {
    aiFake.answer(MessageUrgency.EMERGENCY, false, "rule:suicidal");
    // PORTAL messages get their instructions on the portal; here the channel refuses for good.
    channelFake.refuse = true;
    MessageTriageWorkflow wf = start(env, "I want to end my life");
    assertEquals(List.of("prov-oncall-1"), pagerFake.paged());
    assertNull(wf.triage().instructionsSent());
    wf.pager(new PagerResponse("page-1", "dr-oncall", PagerResponse.CALLED_BACK));
    assertEquals("answered", result(wf).disposition());
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.ATTEMPT_FAILED, "instructions:UnknownRecipient");
    assertNotNull(wf.triage().acknowledgedBy());
  }
}
