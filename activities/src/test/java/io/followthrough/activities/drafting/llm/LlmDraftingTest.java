package io.followthrough.activities.drafting.llm;

import static io.followthrough.activities.drafting.DraftFixtures.ALL_FACTS;
import static io.followthrough.activities.drafting.DraftFixtures.UNRELATED;
import static io.followthrough.activities.drafting.DraftFixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.ai.llm.ChatModels;
import io.followthrough.activities.ai.llm.LlmSettings;
import io.followthrough.activities.ai.llm.RecordedChatServer;
import io.followthrough.activities.drafting.DraftingFailures;
import io.followthrough.channels.Channel;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.ReplyDecision;
import io.followthrough.drafting.ReplyIntent;
import io.followthrough.drafting.ReplyRequest;
import io.followthrough.drafting.TriageDecision;
import io.followthrough.drafting.TriageRequest;
import io.followthrough.practice.Urgency;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hosted provider over real HTTP against a local server replaying recorded answers. */
class LlmDraftingTest {
  static final String REC = "/io/followthrough/activities/drafting/llm/";
  static final String OK_BODY =
      "Hi Ana, Riverside Specialty Clinic here. Your doctor referred you to our cardiology team."
          + " Pick a time that suits you:\nhttps://book.example.org/r/AbC123\nReply STOP to opt out.";

  RecordedChatServer server;
  LlmDrafting llm;

  @BeforeEach
  void start() throws Exception {
    server = new RecordedChatServer();
    llm = new LlmDrafting(settings(LlmSettings.Provider.OPENAI, server.baseUrl()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static LlmSettings settings(LlmSettings.Provider provider, String url) {
    return new LlmSettings(provider, url, "recorded-model", "test-key", Duration.ofSeconds(10));
  }

  static DraftRequest outreach(String language) {
    Map<String, String> facts = new HashMap<>(ALL_FACTS);
    facts.putAll(UNRELATED);
    return request("referral-outreach", Audience.PATIENT, Channel.SMS, language, facts);
  }

  @Test
  void aDraftThatPassesTheChecksIsReturnedWithProvenance() {
    server.then(REC + "draft-ok.json");
    Draft d = llm.draft(outreach("en"));
    assertEquals(OK_BODY, d.body());
    assertEquals("en", d.language());
    assertEquals("referral-outreach.patient.sms", d.templateId());
    assertEquals("openai/recorded-model/draft@1", d.provenance().code());
    assertEquals(1, server.requests.size());
    String sent = server.requests.get(0);
    String compact = sent.replaceAll("\\s", "");
    assertTrue(compact.contains("\"type\":\"json_schema\""), "structured output requested");
    assertTrue(compact.contains("\"temperature\":0.0"));
    assertTrue(sent.contains("Ana") && sent.contains("https://book.example.org/r/AbC123"));
    for (String unrelated : UNRELATED.values()) {
      assertFalse(sent.contains(unrelated), "the prompt carries only the purpose's facts");
    }
    assertFalse(sent.contains("Lopez"), "a patient message gets the first name only");
  }

  @Test
  void malformedJsonIsRepairedOnce() {
    server.then(REC + "draft-malformed.json").then(REC + "draft-ok.json");
    assertEquals(OK_BODY, llm.draft(outreach("en")).body());
    assertEquals(2, server.requests.size());
    String repair = server.requests.get(1);
    assertTrue(
        repair.contains("Your previous reply could not be used: the reply was not valid JSON"));
    assertTrue(repair.contains("Pick a time"), "the model sees its own broken answer");
  }

  @Test
  void persistentlyMalformedJsonFailsWithoutRetryAfterBoundedRepairs() {
    for (int i = 0; i < 5; i++) {
      server.then(REC + "draft-malformed.json");
    }
    ApplicationFailure e = assertThrows(ApplicationFailure.class, () -> llm.draft(outreach("en")));
    assertEquals(DraftingActivities.INVALID_OUTPUT, e.getType());
    assertTrue(e.isNonRetryable());
    assertEquals(1 + StructuredChat.MAX_REPAIRS, server.requests.size());
    assertEquals(
        "draft answer unusable after 2 repair requests (not-json)", e.getOriginalMessage());
  }

  @Test
  void aDraftThatInventsFactsIsRejected() {
    for (int i = 0; i < 3; i++) {
      server.then(REC + "draft-invented-facts.json");
    }
    ApplicationFailure e = assertThrows(ApplicationFailure.class, () -> llm.draft(outreach("en")));
    assertEquals(DraftingActivities.INVALID_OUTPUT, e.getType());
    assertTrue(e.isNonRetryable());
    assertTrue(e.getOriginalMessage().contains("unknown-number"), e.getOriginalMessage());
    assertTrue(e.getOriginalMessage().contains("unknown-name"), e.getOriginalMessage());
    assertFalse(e.getOriginalMessage().contains("Patel"), "failure messages carry codes only");
    assertFalse(e.getOriginalMessage().contains("0188"));
    assertEquals(3, server.requests.size());
    assertTrue(server.requests.get(1).contains("the body names Patel, who is not in the facts"));
    assertTrue(server.requests.get(1).contains("the number 0188, which is not in the facts"));
  }

  @Test
  void anInventedFactCanBeRepaired() {
    server.then(REC + "draft-link-altered.json").then(REC + "draft-ok.json");
    assertEquals(OK_BODY, llm.draft(outreach("en")).body());
    assertTrue(
        server.requests.get(1).contains("the body must contain the link exactly"),
        "a changed link is caught and explained");
  }

  @Test
  void aDraftInTheWrongLanguageIsRejected() {
    for (int i = 0; i < 3; i++) {
      server.then(REC + "draft-ok.json");
    }
    ApplicationFailure e = assertThrows(ApplicationFailure.class, () -> llm.draft(outreach("es")));
    assertTrue(e.getOriginalMessage().contains("wrong-language"), e.getOriginalMessage());
  }

  @Test
  void aServerErrorIsRetryableAndSentOnce() {
    server.then(500);
    ApplicationFailure e = assertThrows(ApplicationFailure.class, () -> llm.draft(outreach("en")));
    assertEquals(DraftingFailures.MODEL_UNAVAILABLE, e.getType());
    assertFalse(e.isNonRetryable(), "the activity's retry policy owns retries");
    assertEquals(1, server.requests.size(), "client-side retries are off");
  }

  @Test
  void aRejectedKeyIsNotRetried() {
    server.then(401);
    ApplicationFailure e = assertThrows(ApplicationFailure.class, () -> llm.draft(outreach("en")));
    assertEquals(DraftingFailures.MODEL_REJECTED, e.getType());
    assertTrue(e.isNonRetryable());
    assertEquals(1, server.requests.size());
  }

  @Test
  void invalidInputNeverReachesTheModel() {
    ApplicationFailure e =
        assertThrows(
            ApplicationFailure.class,
            () ->
                llm.draft(
                    request("referral-outreach", Audience.PATIENT, Channel.SMS, "en", Map.of())));
    assertEquals(DraftingActivities.INVALID_INPUT, e.getType());
    assertTrue(server.requests.isEmpty());
  }

  @Test
  void triageByTheModelNeverFallsBelowThePolicyTable() {
    TriageRequest marked =
        new TriageRequest("cardiology", Map.of("urgency", "Urgent", "reason", "palpitations"));
    server.then(REC + "triage-routine.json");
    TriageDecision floor = llm.triage(marked);
    assertEquals(Urgency.URGENT, floor.urgency());
    assertEquals("marked-urgent", floor.reasonCode());
    assertEquals("local", floor.provenance().provider(), "the table decided");

    TriageRequest quiet =
        new TriageRequest(
            "cardiology", Map.of("reason", "palpitations and new murmur", "patient_name", "Ana"));
    server.then(REC + "triage-urgent.json");
    TriageDecision raised = llm.triage(quiet);
    assertEquals(Urgency.URGENT, raised.urgency());
    assertEquals("clinical-judgement", raised.reasonCode());
    assertEquals(LlmDrafting.MODEL_CAP, raised.confidence(), 1e-9, "model confidence is capped");
    assertEquals("openai/recorded-model/triage@1", raised.provenance().code());
    assertFalse(server.requests.get(1).contains("Ana"), "only facts that bear on urgency");
  }

  @Test
  void replyInterpretationIsCheckedAndStopStaysStop() {
    server.then(REC + "reply-declines-cost.json");
    ReplyDecision d =
        llm.interpretReply(
            new ReplyRequest(
                "referral-outreach", Audience.PATIENT, "can't swing it this month", "en"));
    assertEquals(ReplyIntent.DECLINES, d.intent());
    assertEquals("cost", d.reasonCode());
    assertEquals(0.9, d.confidence(), 1e-9);
    String sent = server.requests.get(0);
    assertTrue(sent.contains("REPLY\\ncan't swing it this month\\nEND REPLY"), sent);

    server.then(REC + "reply-unknown-intent.json").then(REC + "reply-declines-cost.json");
    llm.interpretReply(new ReplyRequest("referral-outreach", Audience.PATIENT, "hmm", "en"));
    assertTrue(server.requests.get(2).contains("\\\"intent\\\" must be one of WANTS_APPOINTMENT"));

    int before = server.requests.size();
    ReplyDecision stop =
        llm.interpretReply(new ReplyRequest("referral-outreach", Audience.PATIENT, "STOP", "en"));
    assertEquals(ReplyIntent.STOP, stop.intent());
    assertNull(stop.reasonCode());
    assertEquals(before, server.requests.size(), "opt-out words never go to the model");
  }

  @Test
  void anthropicOverItsOwnHttpShape() {
    LlmDrafting claude =
        new LlmDrafting(
            ChatModels.create(settings(LlmSettings.Provider.ANTHROPIC, server.anthropicBaseUrl())),
            "anthropic",
            "recorded-claude");
    server.then(REC + "anthropic-draft-ok.json");
    Draft d = claude.draft(outreach("en"));
    assertEquals(OK_BODY, d.body(), "a fenced JSON answer is read");
    assertEquals("/v1/messages", server.paths.get(0));
    assertFalse(server.requests.get(0).contains("response_format"));
    assertTrue(server.requests.get(0).contains("Reply with only a JSON object"));
    assertEquals(1, server.requests.size());
  }

  @Test
  void ollamaFromSettingsNeedsNoKey() {
    Map<String, String> settings =
        Map.of(
            LlmSettings.PROVIDER_SETTING, "ollama",
            LlmSettings.MODEL_SETTING, "llama3.2",
            LlmSettings.BASE_URL_SETTING, server.baseUrl());
    LlmSettings s =
        LlmSettings.fromSettings(k -> java.util.Optional.ofNullable(settings.get(k)), k -> null)
            .orElseThrow();
    server.then(REC + "draft-ok.json");
    Draft d = new LlmDrafting(s).draft(outreach("en"));
    assertEquals("ollama/llama3.2/draft@1", d.provenance().code());
    assertEquals("/v1/chat/completions", server.paths.get(0));
  }
}
