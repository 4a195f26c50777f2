package io.followthrough.activities.payer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.priorauth.AppealPacket;
import io.followthrough.priorauth.AuthPacket;
import io.followthrough.priorauth.PacketDocument;
import io.followthrough.priorauth.PayerActivities;
import io.followthrough.priorauth.PayerDecision;
import io.followthrough.priorauth.PayerStatus;
import io.followthrough.priorauth.SchedulingNotice;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxPayerTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);
  static final PacketDocument NOTES = new PacketDocument("clinical-notes", "doc-1");

  final SandboxPayer payer = SandboxPayer.inMemory(CLOCK);

  static AuthPacket packet(String payer, String code, PacketDocument... docs) {
    return new AuthPacket(
        "appt-1", "pt-0007", payer, "cardiology", code, List.of("I25.10"), List.of(docs));
  }

  @Test
  void anOrdinaryPayerIsPendingOnceThenApproves() {
    String id = payer.submit(packet("aetna", "93306", NOTES), "prior-auth/appt-1:submit:1");
    assertEquals("PA-0001", id);
    assertEquals(id, payer.submit(packet("aetna", "93306", NOTES), "prior-auth/appt-1:submit:1"));
    assertEquals(PayerDecision.PENDING, payer.status(id).decision());
    PayerStatus approved = payer.status(id);
    assertEquals(PayerDecision.APPROVED, approved.decision());
    assertEquals("AUTH-0001", approved.authNumber());
    assertEquals(PayerDecision.APPROVED, payer.status(id).decision(), "a decision stays");
    assertEquals("prior-auth/appt-1", payer.submission(id).orElseThrow().workflowId());
  }

  @Test
  void aSlowPayerStaysPendingForFourChecks() {
    String id = payer.submit(packet("cigna", "93306", NOTES), "k:submit:1");
    for (int i = 0; i < PayerBehaviour.SLOW_REVIEWS; i++) {
      assertEquals(PayerDecision.PENDING, payer.status(id).decision(), "check " + i);
    }
    assertEquals(PayerDecision.APPROVED, payer.status(id).decision());
  }

  @Test
  void withoutClinicalNotesThePayerAsksForThemOnce() {
    String id = payer.submit(packet("aetna", "93306"), "k:submit:1");
    payer.status(id);
    PayerStatus asked = payer.status(id);
    assertEquals(PayerDecision.MORE_INFO, asked.decision());
    assertEquals(List.of("clinical-notes"), asked.requestedItems());
    assertEquals(PayerDecision.MORE_INFO, payer.status(id).decision(), "until answered");
    payer.answerRequest(id, List.of("clinical-notes"), List.of(NOTES), "k:answer-request:1");
    assertEquals(PayerDecision.PENDING, payer.status(id).decision());
    assertEquals(PayerDecision.APPROVED, payer.status(id).decision());
    assertEquals(List.of("clinical-notes"), payer.submission(id).orElseThrow().documentKinds());
  }

  @Test
  void unitedDeniesImagingAndAnAppealIsApproved() {
    String id = payer.submit(packet("united", "73721", NOTES), "k:submit:1");
    payer.status(id);
    PayerStatus denied = payer.status(id);
    assertEquals(PayerDecision.DENIED, denied.decision());
    assertEquals("not-medically-necessary", denied.reasonCode());
    AppealPacket appeal =
        new AppealPacket(id, "not-medically-necessary", "t", "letter", List.of(NOTES), "dr-5");
    String appealId = payer.submitAppeal(id, appeal, "k:submit-appeal:1");
    assertEquals(appealId, payer.submitAppeal(id, appeal, "k:submit-appeal:1"));
    Submission filed = payer.submission(appealId).orElseThrow();
    assertEquals(id, filed.appealOf());
    assertEquals(6, filed.letterLength());
    assertEquals("dr-5", filed.signedBy());
    payer.status(appealId);
    assertEquals(PayerDecision.APPROVED, payer.status(appealId).decision());
  }

  @Test
  void tricareDeniesForGoodAndRefusesAppeals() {
    String id = payer.submit(packet("tricare", "93306", NOTES), "k:submit:1");
    payer.status(id);
    PayerStatus denied = payer.status(id);
    assertTrue(denied.finalDecision());
    PayerException e =
        assertThrows(
            PayerException.class,
            () ->
                payer.submitAppeal(
                    id, new AppealPacket(id, "x", null, null, List.of(), "dr"), "k:appeal:1"));
    assertEquals(PayerActivities.NOT_APPEALABLE, e.type());
  }

  @Test
  void medicaidFailsTwiceAsATransientOutageThroughTheActivities() {
    SandboxPayerActivities activities = new SandboxPayerActivities(payer);
    String id = activities.submit(packet("medicaid", "93306", NOTES), "k:submit:1");
    for (int i = 0; i < PayerBehaviour.OUTAGES; i++) {
      ApplicationFailure f = assertThrows(ApplicationFailure.class, () -> activities.status(id));
      assertEquals(PayerActivities.UNAVAILABLE, f.getType());
      assertTrue(!f.isNonRetryable());
    }
    assertEquals(PayerDecision.PENDING, activities.status(id).decision());
    ApplicationFailure unknown =
        assertThrows(ApplicationFailure.class, () -> activities.status("PA-9999"));
    assertTrue(unknown.isNonRetryable());
  }

  @Test
  void aForcedDecisionWinsAndTellsTheListeners() {
    List<String> told = new ArrayList<>();
    payer.addListener(s -> told.add(s.trackingId() + " " + s.decision()));
    String id = payer.submit(packet("aetna", "93306", NOTES), "k:submit:1");
    payer.force(id, PayerDecision.DENIED, null, null);
    assertEquals(List.of("PA-0001 DENIED"), told);
    PayerStatus s = payer.status(id);
    assertEquals("not-medically-necessary", s.reasonCode());
    assertNull(s.authNumber());
    assertTrue(payer.submission(id).orElseThrow().forced());
  }

  @Test
  void stateSurvivesARestartAndTheSchedulerQueueKeepsOneNoticePerKey(@TempDir Path dir) {
    Path file = dir.resolve("payer").resolve("sandbox.json");
    SandboxPayer first = SandboxPayer.persistent(file, CLOCK);
    String id = first.submit(packet("aetna", "93306", NOTES), "k:submit:1");
    SchedulingNotice notice =
        new SchedulingNotice("prior-auth/appt-1", "appt-1", "appt-1", "approved", "AUTH-1", "ok");
    assertEquals("notice-0001", first.notifyScheduler(notice, "k:notify:1"));
    assertEquals("notice-0001", first.notifyScheduler(notice, "k:notify:1"));
    SandboxPayer again = SandboxPayer.persistent(file, CLOCK);
    assertEquals(id, again.submissions().get(0).trackingId());
    assertEquals(1, again.notices().size());
    assertEquals("approved", again.notices().get(0).notice().result());
  }
}
