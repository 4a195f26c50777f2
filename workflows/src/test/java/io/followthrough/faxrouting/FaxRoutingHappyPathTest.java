package io.followthrough.faxrouting;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.sdk.OutcomeSearchAttributes;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Documents filed without a person: a result the provider acknowledges, records to HIM, ... */
class FaxRoutingHappyPathTest extends FaxRoutingTestBase {

  @Test
  void labResultIsFiledAcknowledgedAndTheSenderTold(OutcomeTestEnvironment env) {
    FaxRoutingWorkflow wf = start(env, facts("lab-1", "lab_result", labFields()));
    env.sleep(Duration.ofMinutes(5));

    assertEquals("await-acknowledgement", wf.state().stage());
    FaxRoutingView view = wf.routing();
    assertEquals(PATIENT, view.patientRef());
    assertEquals(PROVIDER, view.providerRef());
    assertEquals("results", view.section());
    assertEquals("provider:" + PROVIDER, view.queue());
    List<FakeChart.Filing> filings = chart.filings();
    assertEquals(1, filings.size());
    assertEquals(
        new FakeChart.Filing(view.filingId(), PATIENT, "lab-1", "results", "provider:prov-03"),
        filings.get(0));
    assertTrue(channelFake.sent().isEmpty(), "the sender hears only after the acknowledgement");

    env.sleep(Duration.ofHours(3));
    wf.acknowledged(PROVIDER);
    FaxRoutingResult result = result(wf);

    assertEquals(
        new FaxRoutingResult(
            "acknowledged", "lab_result", view.filingId(), "provider:prov-03", PROVIDER),
        result);
    OutboundMessage ack = channelFake.sentTo("fax-sender:lab-1").get(0);
    assertEquals(Channel.FAX, ack.channel());
    assertEquals("fax-received-fax", ack.templateId());
    assertEquals("fax-routing/lab-1:notify-sender.fax:1", ack.idempotencyKey());
    assertEquals(
        Map.of(
            "practice_name",
            "Followthrough Clinic",
            "document_ref",
            "lab-1",
            "document_kind",
            "lab_result"),
        ack.variables());
    assertEquals(1, channelFake.sent().size(), "no reminder to the provider, one fax to the lab");
    assertEquals(ack.idempotencyKey(), wf.routing().senderAcknowledgementKey());
    assertThat(wf.timeline())
        .stagesInOrder(
            "match-patient", "choose-queue", "file", "await-acknowledgement", "notify-sender")
        .neverReachedStage("confirm-type")
        .neverEscalated()
        .completed();
    String id = FaxRoutingWorkflow.workflowId("lab-1");
    assertEquals("fax-routing", env.searchAttributes(id).get(OutcomeSearchAttributes.OUTCOME_TYPE));
    assertTrue(env.ledgerEvents(id).stream().anyMatch(e -> e.type().name().equals("COMPLETED")));
    record(env, id, "fax-routing-lab-result-acknowledged-v1.json");
  }

  @Test
  void medicalRecordsGoToHimWithoutWaitingForAnyone(OutcomeTestEnvironment env) {
    FaxRoutingWorkflow wf =
        start(env, facts("rec-1", "medical_records", with(labFields(), "ordering_npi", null)));
    FaxRoutingResult result = result(wf);

    assertEquals("filed", result.status());
    assertEquals("him", result.queue());
    assertNull(result.acknowledgedBy());
    assertEquals("records", chart.filings().get(0).section());
    assertEquals(List.of("fax-received-fax"), templatesTo("fax-sender:rec-1"));
    assertThat(wf.timeline())
        .neverReachedStage("await-acknowledgement")
        .neverEscalated()
        .completed();
    assertEquals(0, practice.count("findProvider"), "only results look for a provider");
  }

  @ParameterizedTest
  @CsvSource({
    "eligibility, insurance, billing",
    "patient_form, forms, front-desk",
    "prior_auth, authorizations, coordinator",
    "other, correspondence, coordinator"
  })
  void otherTypesAreFiledToTheirQueueAndTheSenderIsNotFaxed(
      String type, String section, String queue, OutcomeTestEnvironment env) {
    FaxRoutingWorkflow wf = start(env, facts("doc-" + type, type, labFields()));
    FaxRoutingResult result = result(wf);

    assertEquals("filed", result.status());
    assertEquals(queue, result.queue());
    assertEquals(section, chart.filings().get(0).section());
    assertTrue(channelFake.sent().isEmpty(), "policy: only results and records are acknowledged");
    assertFalse(wf.state().tasks().stream().anyMatch(t -> true), "no person needed");
  }
}
