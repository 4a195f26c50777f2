package io.followthrough.referral;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stage awaiting-information: asking the referring office for what the referral lacks. */
class ReferralMissingInfoTest extends ReferralTestBase {

  private static final Map<String, String> NO_PHONE_NO_DIAGNOSIS =
      ReferralFixtures.without(ReferralFixtures.complete(), "phone", "icd10");

  @Test
  void theReferrerSendsTheMissingFieldsAndTheReferralMovesOn(OutcomeTestEnvironment env) {
    ReferralWorkflow wf = start(env, "missing", NO_PHONE_NO_DIAGNOSIS);
    env.sleep(Duration.ofMinutes(10));

    assertEquals("awaiting-information", wf.state().stage());
    assertEquals(List.of("phone", "icd10"), wf.referral().missingFields());
    OutboundMessage request = channelFake.sent().get(0);
    assertEquals(Channel.FAX, request.channel());
    assertEquals(REFERRER, request.recipientRef());
    assertEquals("referral-missing-info-fax", request.templateId());
    assertEquals(key("missing", "awaiting-information.request.fax", 1), request.idempotencyKey());
    DraftRequest drafted = drafting.calls("draft").get(0).arg(0);
    assertEquals("phone,icd10", drafted.facts().get("missing"));
    assertEquals("Ana Reyes", drafted.facts().get("patient_name"), "the office needs to know who");
    assertTrue(channelFake.sentTo(PATIENT).isEmpty(), "no patient contact yet");

    // A day later the office faxes the missing page; fax intake signals it as a supplement.
    env.sleep(Duration.ofDays(1));
    documentsFake.put(
        ReferralFixtures.facts("doc-page-2", Map.of("phone", "+12125550101", "icd10", "R00.2")));
    wf.supplement("doc-page-2");
    env.sleep(Duration.ofMinutes(10));

    assertEquals("awaiting-patient", wf.state().stage());
    ReferralView view = wf.referral();
    assertEquals(List.of("doc-missing", "doc-page-2"), view.documentIds());
    assertEquals(List.of(), view.missingFields());
    assertEquals(
        List.of(
            key("missing", "awaiting-information.request.fax", 1),
            key("missing", "awaiting-patient.first-contact.sms", 1)),
        view.messagesSent());
    assertEquals(
        List.of("doc-page-2"),
        documents.calls("understand").stream().map(c -> (String) c.arg(0)).toList());
    assertThat(wf.timeline())
        .stagesInOrder(
            "intake",
            "triage",
            "awaiting-information",
            "match-patient",
            "coverage",
            "awaiting-patient")
        .hasEntry(TimelineKind.EVIDENCE, "supplement")
        .hasEntry(TimelineKind.NOTE, "supplement-read:2-new-fields")
        .hasEntry(TimelineKind.NOTE, "information-complete")
        .neverEscalated();
    assertMessagesSane(wf);
  }

  @Test
  void aSilentOfficeIsRemindedTwiceThenACoordinatorDecides(OutcomeTestEnvironment env) {
    ReferralWorkflow wf = start(env, "quiet-office", NO_PHONE_NO_DIAGNOSIS);
    env.sleep(Duration.ofDays(7).plusHours(1));

    assertEquals(
        List.of(
            key("quiet-office", "awaiting-information.request.fax", 1),
            key("quiet-office", "awaiting-information.info-reminder-1.fax", 1),
            key("quiet-office", "awaiting-information.info-reminder-2.fax", 1)),
        sentKeys());
    assertEquals(
        List.of(
            "referral-missing-info-fax",
            "referral-missing-info-reminder-fax",
            "referral-missing-info-reminder-fax"),
        templatesTo(REFERRER));
    HumanTask task = openTask(wf, "missing-info-unanswered");
    assertEquals("phone,icd10", task.context().get("missingFields"));
    assertEquals(REFERRER, task.context().get("referrerRef"));
    assertEquals(3, wf.state().escalationLevel());

    resolve(wf, "missing-info-unanswered", "close");
    ReferralResult result = result(wf);
    assertEquals("closed-by-staff", result.disposition());
    assertTrue(result.referrerNotified());
    assertEquals(
        key("quiet-office", "close-loop.referrer-update.fax", 1),
        sentKeys().get(sentKeys().size() - 1));
    assertThat(wf.timeline()).neverReachedStage("match-patient").completed();
    assertMessagesSane(wf);
  }

  @Test
  void aTextReplyFromTheOfficeGoesToACoordinator(OutcomeTestEnvironment env) {
    ReferralWorkflow wf = start(env, "office-reply", NO_PHONE_NO_DIAGNOSIS);
    env.sleep(Duration.ofHours(3));
    String faxId =
        channelFake.messageId(key("office-reply", "awaiting-information.request.fax", 1));
    wf.inbound(
        new InboundMessage(
            Channel.FAX,
            REFERRER,
            InboundKind.REPLY,
            "see attached notes",
            faxId,
            null,
            env.now()));
    env.sleep(Duration.ofMinutes(5));

    HumanTask task = openTask(wf, "office-replied");
    assertEquals("information-provided", task.context().get("suggestion"));
    assertEquals(faxId, task.context().get("inReplyTo"));
    resolve(wf, "office-replied", "proceed");
    env.sleep(Duration.ofMinutes(5));

    assertEquals("awaiting-patient", wf.state().stage());
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.EVIDENCE, "inbound:referrer:reply:fax")
        .hasEntry(TimelineKind.NOTE, "ai:reply:INFORMATION_PROVIDED:0.85:local/fake-rules/reply@1");
    assertMessagesSane(wf);
  }
}
