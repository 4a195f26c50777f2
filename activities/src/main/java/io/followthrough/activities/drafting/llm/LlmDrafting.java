package io.followthrough.activities.drafting.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.ChatModel;
import io.followthrough.activities.ai.llm.ChatModels;
import io.followthrough.activities.ai.llm.LlmSettings;
import io.followthrough.activities.channels.InboundClassifier;
import io.followthrough.activities.drafting.DraftingFailures;
import io.followthrough.activities.drafting.check.DraftCheck;
import io.followthrough.activities.drafting.check.Problem;
import io.followthrough.activities.drafting.purpose.PreparedDraft;
import io.followthrough.activities.drafting.purpose.PurposeCatalog;
import io.followthrough.activities.drafting.reply.ReplyRules;
import io.followthrough.activities.drafting.triage.TriagePolicy;
import io.followthrough.channels.InboundKind;
import io.followthrough.drafting.AiProvenance;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.ReplyDecision;
import io.followthrough.drafting.ReplyIntent;
import io.followthrough.drafting.ReplyRequest;
import io.followthrough.drafting.TriageDecision;
import io.followthrough.drafting.TriageRequest;
import io.followthrough.practice.Urgency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hosted-model provider: a chat model (OpenAI-compatible, Anthropic, Ollama) asked for JSON and
 * held to the same rules as the offline one. Drafts see only the purpose's facts and must pass
 * {@link DraftCheck}; triage can raise urgency above the policy table, never lower it; a reply the
 * channel reads as STOP stays STOP. Model confidences are capped at {@link #MODEL_CAP}.
 */
public final class LlmDrafting implements DraftingActivities {
  /** A model's own confidence is not calibrated; it never reaches certainty on its own. */
  static final double MODEL_CAP = 0.9;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TRIAGE_FACTS =
      List.of("urgency", "icd10", "diagnosis_code", "reason");

  private final StructuredChat chat;
  private final String provider;
  private final String modelName;
  private final PurposeCatalog catalog;
  private final TriagePolicy policy;
  private final ReplyRules rules;

  /**
   * @param model the chat model, built with client retries off
   * @param provider provider name recorded in provenance, e.g. {@code openai}
   * @param modelName model name recorded in provenance
   */
  public LlmDrafting(ChatModel model, String provider, String modelName) {
    this.chat = new StructuredChat(model);
    this.provider = provider;
    this.modelName = modelName;
    this.catalog = PurposeCatalog.bundled();
    this.policy = TriagePolicy.bundled();
    this.rules = ReplyRules.bundled();
  }

  /** The provider and model of {@code settings}, through {@link ChatModels}. */
  public LlmDrafting(LlmSettings settings) {
    this(
        ChatModels.create(settings),
        settings.provider().name().toLowerCase(Locale.ROOT),
        settings.model());
  }

  @Override
  public Draft draft(DraftRequest request) {
    PreparedDraft draft = PreparedDraft.of(request, catalog);
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("purpose_instructions", Prompts.entry("purposes.properties", draft.spec().purpose()));
    vars.put("audience", draft.spec().audience().name());
    vars.put("channel", draft.channel().name());
    vars.put("channel_style", Prompts.entry("channels.properties", draft.channel().name()));
    vars.put("language", draft.language());
    vars.put("max_length", String.valueOf(draft.channel().maxBodyLength()));
    vars.put(
        "link_rule",
        draft.linkRequired()
            ? "Include the link exactly as given in the facts, on its own, unchanged."
            : "Include no link.");
    String system = Prompts.render("draft-system.txt", vars);
    String user = Prompts.render("draft-user.txt", Map.of("facts", json(draft.readable())));
    String body =
        chat.ask(
            "draft",
            system,
            user,
            AnswerSchemas.DRAFT,
            answer -> {
              String text = answer.text("body").strip();
              List<Problem> problems = new ArrayList<>(DraftCheck.problems(text, draft));
              if (!answer.text("language").strip().equalsIgnoreCase(draft.language())) {
                problems.add(
                    new Problem(
                        "wrong-language", "\"language\" must be \"" + draft.language() + "\""));
              }
              if (!problems.isEmpty()) {
                throw new UnusableAnswer(
                    problems.stream().map(Problem::code).distinct().toList(),
                    String.join("; ", problems.stream().map(Problem::detail).toList()));
              }
              return text;
            });
    return new Draft(
        draft.templateId(), draft.variables(), body, draft.language(), provenance("draft"));
  }

  @Override
  public TriageDecision triage(TriageRequest request) {
    if (request == null) {
      throw DraftingFailures.invalidInput("triage request is required");
    }
    TriageDecision floor = policy.decide(request);
    Map<String, String> facts = new LinkedHashMap<>();
    for (String key : TRIAGE_FACTS) {
      String v = request.facts().get(key);
      if (v != null && !v.isBlank()) {
        facts.put(key, v.strip());
      }
    }
    String system =
        Prompts.render(
            "triage-system.txt",
            Map.of("reason_codes", String.join(", ", AnswerSchemas.TRIAGE_REASONS)));
    String user =
        Prompts.render(
            "triage-user.txt",
            Map.of(
                "specialty", String.valueOf(request.specialty()),
                "facts", json(facts)));
    TriageDecision model =
        chat.ask(
            "triage",
            system,
            user,
            AnswerSchemas.TRIAGE,
            a ->
                new TriageDecision(
                    Urgency.valueOf(a.oneOf("urgency", AnswerSchemas.URGENCIES)),
                    a.oneOf("reasonCode", AnswerSchemas.TRIAGE_REASONS),
                    Math.min(MODEL_CAP, a.confidence("confidence")),
                    provenance("triage")));
    // The policy table is a floor: a model may find urgency the table missed, never undo it.
    return floor.urgency() == Urgency.URGENT && model.urgency() == Urgency.ROUTINE ? floor : model;
  }

  @Override
  public ReplyDecision interpretReply(ReplyRequest request) {
    if (request == null || request.audience() == null) {
      throw DraftingFailures.invalidInput("reply request with an audience is required");
    }
    if (InboundClassifier.classify(request.text()) == InboundKind.STOP) {
      // Carrier opt-out words are not a model's call.
      return rules.interpret(request);
    }
    String text = request.text() == null ? "" : request.text();
    String user =
        Prompts.render(
            "reply-user.txt",
            Map.of(
                "purpose", String.valueOf(request.purpose()),
                "audience", request.audience().name(),
                "language", String.valueOf(request.language()),
                "text", text.replace("END REPLY", "END-REPLY")));
    return chat.ask(
        "reply",
        Prompts.render("reply-system.txt", Map.of()),
        user,
        AnswerSchemas.REPLY,
        a -> {
          ReplyIntent intent = ReplyIntent.valueOf(a.oneOf("intent", AnswerSchemas.INTENTS));
          String reason = a.oneOf("reasonCode", AnswerSchemas.REPLY_REASONS);
          return new ReplyDecision(
              intent,
              intent == ReplyIntent.DECLINES && !reason.equals("none") ? reason : null,
              Math.min(MODEL_CAP, a.confidence("confidence")),
              provenance("reply"));
        });
  }

  private AiProvenance provenance(String prompt) {
    return new AiProvenance(provider, modelName, Prompts.version(prompt));
  }

  private static String json(Map<String, String> facts) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(facts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
