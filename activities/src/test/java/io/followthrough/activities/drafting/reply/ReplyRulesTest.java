package io.followthrough.activities.drafting.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.drafting.Audience;
import io.followthrough.drafting.ReplyDecision;
import io.followthrough.drafting.ReplyIntent;
import io.followthrough.drafting.ReplyRequest;
import org.junit.jupiter.api.Test;

/** How the cues combine; accuracy on realistic replies is {@link ReplyInterpretationEvalTest}. */
class ReplyRulesTest {
  final ReplyRules rules = ReplyRules.bundled();

  ReplyDecision patient(String text) {
    return rules.interpret(new ReplyRequest("referral-outreach", Audience.PATIENT, text, "en"));
  }

  ReplyDecision office(String text) {
    return rules.interpret(
        new ReplyRequest("referral-missing-info", Audience.REFERRING_PROVIDER, text, "en"));
  }

  @Test
  void carrierStopWordsWinAndCarryTheRulesVersion() {
    ReplyDecision d = patient("STOP");
    assertEquals(ReplyIntent.STOP, d.intent());
    assertEquals(0.97, d.confidence(), 1e-9);
    assertEquals("local/reply-rules/reply-rules@2", d.provenance().code());
    assertEquals(ReplyIntent.STOP, patient("no, stop texting me").intent());
  }

  @Test
  void symptomsGoToAPersonBeforeAnythingElse() {
    ReplyDecision d = patient("my chest pain is worse and I can't afford the visit");
    assertEquals(ReplyIntent.NEEDS_PERSON, d.intent());
    assertTrue(d.confidence() >= 0.9);
  }

  @Test
  void aReasonWithoutANoIsForAPersonWhenTheyAlsoWantToCome() {
    assertEquals(
        ReplyIntent.NEEDS_PERSON, patient("I want to schedule but I have no ride").intent());
    assertEquals(ReplyIntent.NEEDS_PERSON, patient("is it expensive?").intent());
    ReplyDecision d = patient("no thanks, it's too expensive");
    assertEquals(ReplyIntent.DECLINES, d.intent());
    assertEquals("cost", d.reasonCode());
    assertEquals(ReplyIntent.DECLINES, patient("I don't want to schedule").intent());
    assertNull(patient("I don't want to schedule").reasonCode());
  }

  @Test
  void onlyAnOfficeProvidesInformation() {
    assertEquals(ReplyIntent.INFORMATION_PROVIDED, office("see attached notes").intent());
    assertEquals(ReplyIntent.NEEDS_PERSON, office("where should we send the notes?").intent());
    assertTrue(patient("see attached").intent() != ReplyIntent.INFORMATION_PROVIDED);
  }

  @Test
  void aReplyWithoutAnyCueHasNoRuleDecision() {
    assertTrue(
        rules
            .decide(new ReplyRequest("referral-outreach", Audience.PATIENT, "blorp", "en"))
            .isEmpty());
    assertEquals(ReplyIntent.NEEDS_PERSON, patient("blorp").intent());
    assertEquals(ReplyRules.NO_SIGNAL, patient("").confidence(), 1e-9);
  }
}
