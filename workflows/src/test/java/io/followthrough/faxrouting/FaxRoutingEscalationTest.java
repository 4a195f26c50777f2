package io.followthrough.faxrouting;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.temporal.client.WorkflowUpdateException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a person takes over: unsure matches, unknown providers, silence, a chart that is down. */
class FaxRoutingEscalationTest extends FaxRoutingTestBase {

  @Test
  void aPatientReadWithLowConfidenceIsMatchedByACoordinator(OutcomeTestEnvironment env) {
    FaxRoutingWorkflow wf =
        start(
            env,
            facts("rec-2", "medical_records", 0.95, labFields(), Map.of("patient_name", 0.55)));
    env.sleep(Duration.ofMinutes(5));

    assertEquals("match-patient", wf.state().stage());
    HumanTask task = openTask(wf, "patient-low-confidence");
    assertEquals("coordinator", task.role());
    assertEquals("rec-2", task.context().get("documentId"));
    assertEquals("medical_records", task.context().get("documentType"));
    assertTrue(
        task.context().values().stream().noneMatch(v -> v.contains("Reyes")), "no PHI in context");
    assertEquals(0, practice.count("matchPatient"), "an unsure name is not matched automatically");
    assertThrows(
        WorkflowUpdateException.class,
        () -> wf.completeTask(new TaskCompletion(task.id(), "coordinator", "c-1", "pt-0042")),
        "a resolution must say patient:<ref> or discard");

    resolve(wf, "patient-low-confidence", "patient:pt-0042");
    FaxRoutingResult result = result(wf);

    assertEquals("filed", result.status());
    assertEquals("pt-0042", chart.filings().get(0).patientRef());
    assertEquals("him", chart.filings().get(0).queue());
    assertThat(wf.timeline())
        .hasEntry(io.followthrough.sdk.TimelineKind.NOTE, "patient-by-coordinator")
        .completed();
  }

  @Test
  void anAmbiguousPatientCanBeDiscarded(OutcomeTestEnvironment env) {
    FaxRoutingWorkflow wf =
        start(env, facts("lab-twin", "lab_result", with(labFields(), "patient_name", "Jo Twin")));
    env.sleep(Duration.ofMinutes(5));
    resolve(wf, "patient-ambiguous", "discard");
    FaxRoutingResult result = result(wf);

    assertEquals("discarded", result.status());
    assertTrue(chart.filings().isEmpty());
    assertTrue(channelFake.sent().isEmpty());
  }

  @Test
  void aSilentProviderIsRemindedTwiceThenASupervisorCloses(OutcomeTestEnvironment env) {
    FaxRoutingWorkflow wf = start(env, facts("lab-3", "lab_result", labFields()));
    env.sleep(Duration.ofHours(24).plusMinutes(5));

    assertEquals(
        List.of("result-acknowledgement-reminder-portal"), templatesTo(PROVIDER), "first reminder");
    OutboundMessage first = channelFake.sentTo(PROVIDER).get(0);
    assertEquals(Channel.PORTAL, first.channel());
    assertEquals(
        "fax-routing/lab-3:await-acknowledgement.reminder.portal:1", first.idempotencyKey());

    env.sleep(Duration.ofHours(24));
    assertEquals(2, channelFake.sentTo(PROVIDER).size(), "second reminder");
    assertTrue(wf.state().tasks().isEmpty());

    env.sleep(Duration.ofHours(24));
    HumanTask task = openTask(wf, "result-unacknowledged");
    assertEquals("supervisor", task.role());
    assertEquals("provider:prov-03", task.context().get("queue"));
    assertEquals(3, wf.state().escalationLevel());
    assertEquals("supervisor", wf.state().owner());

    resolve(wf, "result-unacknowledged", "covering-provider-reviewed");
    FaxRoutingResult result = result(wf);

    assertEquals("closed-by-staff", result.status());
    assertNull(result.acknowledgedBy());
    assertEquals(1, channelFake.sentTo("fax-sender:lab-3").size(), "the lab still hears");
    assertThat(wf.timeline()).escalatedTo(3).escalatedThrough("supervisor-review").completed();
    // The chart was asked before each reminder.
    assertEquals(2, practice.count("filingAcknowledgedBy"));
  }

  @Test
  void anUnknownOrderingProviderIsChosenByACoordinatorAndAnAcknowledgementInTheChartIsFound(
      OutcomeTestEnvironment env) {
    FaxRoutingWorkflow wf =
        start(env, facts("lab-4", "lab_result", with(labFields(), "ordering_npi", "1999999992")));
    env.sleep(Duration.ofMinutes(5));

    assertEquals("choose-queue", wf.state().stage());
    assertEquals("coordinator", openTask(wf, "unknown-ordering-provider").role());
    assertTrue(chart.filings().isEmpty(), "nothing is filed before its queue is known");
    resolve(wf, "unknown-ordering-provider", "provider:prov-09");
    env.sleep(Duration.ofMinutes(5));

    FakeChart.Filing filing = chart.filings().get(0);
    assertEquals("provider:prov-09", filing.queue());
    // The provider acknowledges in the chart, but the signal is lost: the next rung asks the chart.
    chart.acknowledgeInChart(filing.filingId(), "prov-09");
    FaxRoutingResult result = result(wf);

    assertEquals("acknowledged", result.status());
    assertEquals("prov-09", result.acknowledgedBy());
    assertTrue(channelFake.sentTo("prov-09").isEmpty(), "no reminder once acknowledged");
    assertThat(wf.timeline())
        .hasEntry(io.followthrough.sdk.TimelineKind.EVIDENCE, "acknowledged-in-chart")
        .completed();
  }

  @Test
  void anUnknownProviderCanBeSentToAQueueInstead(OutcomeTestEnvironment env) {
    FaxRoutingWorkflow wf =
        start(env, facts("lab-5", "lab_result", with(labFields(), "ordering_npi", null)));
    env.sleep(Duration.ofMinutes(5));
    resolve(wf, "unknown-ordering-provider", "queue:coordinator");
    env.sleep(Duration.ofMinutes(5));
    assertEquals("coordinator", chart.filings().get(0).queue());

    wf.acknowledged("staff-7");
    assertEquals("staff-7", result(wf).acknowledgedBy());
  }

  @Test
  void aChartThatStaysDownGoesToACoordinatorWhoRetries(OutcomeTestEnvironment env) {
    chart.failFilings = true;
    FaxRoutingWorkflow wf = start(env, facts("rec-6", "medical_records", labFields()));
    // Three attempts, each the activity's own ten minutes of retries, five minutes apart.
    env.sleep(Duration.ofHours(2));

    assertEquals("file", wf.state().stage());
    openTask(wf, "filing-failed");
    chart.failFilings = false;
    resolve(wf, "filing-failed", "retry");
    FaxRoutingResult result = result(wf);

    assertEquals("filed", result.status());
    assertThat(wf.timeline()).attempts("file", 4).completed();
  }

  @Test
  void anUnsureTypeIsConfirmedOrDiscardedByACoordinator(OutcomeTestEnvironment env) {
    FaxRoutingWorkflow wf = start(env, facts("doc-7", "other", 0.5, labFields(), Map.of()));
    env.sleep(Duration.ofMinutes(5));

    assertEquals("confirm-type", wf.state().stage());
    HumanTask task = openTask(wf, "low-type-confidence");
    assertEquals("0.50", task.context().get("typeConfidence"));
    assertThrows(
        WorkflowUpdateException.class,
        () -> wf.completeTask(new TaskCompletion(task.id(), "coordinator", "c-1", "referral")),
        "referrals are not routed here");
    resolve(wf, "low-type-confidence", "discard");

    assertEquals("discarded", result(wf).status());
    assertTrue(chart.filings().isEmpty());
  }

  @Test
  void anUnansweredCoordinatorTaskGoesToASupervisor(OutcomeTestEnvironment env) {
    FaxRoutingWorkflow wf =
        start(env, facts("rec-8", "medical_records", with(labFields(), "dob", null)));
    env.sleep(Duration.ofHours(9));

    HumanTask task = openTask(wf, "patient-unreadable");
    assertEquals("supervisor", task.role());
    resolve(wf, "patient-unreadable", "patient:" + PATIENT);
    assertEquals("filed", result(wf).status());
  }
}
