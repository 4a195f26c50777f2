package io.followthrough.drafting;

import io.followthrough.sdk.ActivityPolicies;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;

/**
 * The AI that drafts messages and makes small decisions for outcome workflows. Use with {@link
 * DraftingOptions#defaults()}. Two implementations: the offline default (templates, rules and
 * policy tables) and a hosted LLM through LangChain4j; both return the same shapes and record their
 * {@link AiProvenance}.
 *
 * <p>Every method is a pure function of its request (no side effects), so retries are safe.
 * Non-retryable failures ({@code ApplicationFailure} types, messages without PHI): {@link
 * #INVALID_INPUT} (unknown purpose, missing facts the purpose needs) and {@link #INVALID_OUTPUT}
 * (the model's answer stayed malformed or failed the checks after the bounded repair attempts: the
 * workflow hands the step to a person). Transport errors are retryable and the activity's retry
 * policy owns them (model client retries are off).
 */
@ActivityInterface(namePrefix = "Drafting")
public interface DraftingActivities {

  String INVALID_INPUT = ActivityPolicies.INVALID_INPUT;

  String INVALID_OUTPUT = "InvalidModelOutput";

  List<String> NON_RETRYABLE = List.of(INVALID_INPUT, INVALID_OUTPUT);

  /** Drafts one message. */
  @ActivityMethod
  Draft draft(DraftRequest request);

  /** Decides how urgent a referral is. */
  @ActivityMethod
  TriageDecision triage(TriageRequest request);

  /** Interprets a free-text reply the channel's own classifier could not place. */
  @ActivityMethod
  ReplyDecision interpretReply(ReplyRequest request);
}
