package io.followthrough.referral;

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
import java.util.Locale;
import java.util.Map;

/**
 * Offline drafting for workflow tests: template id {@code <purpose>-<channel>}, the request's
 * language, provenance {@code local/fake-templates/<purpose>@1}. Triage is urgent when the facts
 * say so ({@code urgency=urgent} or a reason mentioning "chest pain"). Replies are read by keyword:
 * "went elsewhere" declines ({@code went-elsewhere}), "please call" wants an appointment, "?" needs
 * a person (low confidence).
 */
final class FakeDrafting implements DraftingActivities {
  static final AiProvenance TRIAGE = new AiProvenance("local", "fake-rules", "triage@1");
  static final AiProvenance REPLIES = new AiProvenance("local", "fake-rules", "reply@1");

  @Override
  public Draft draft(DraftRequest request) {
    String template = request.purpose() + "-" + request.channel().name().toLowerCase(Locale.ROOT);
    return new Draft(
        template,
        Map.of("purpose", request.purpose()),
        "drafted " + request.purpose(),
        request.language(),
        new AiProvenance("local", "fake-templates", request.purpose() + "@1"));
  }

  @Override
  public TriageDecision triage(TriageRequest request) {
    String reason = request.facts().getOrDefault("reason", "").toLowerCase(Locale.ROOT);
    if (reason.contains("chest pain")) {
      return new TriageDecision(Urgency.URGENT, "red-flag-reason", 0.9, TRIAGE);
    }
    return new TriageDecision(Urgency.ROUTINE, "routine-default", 0.8, TRIAGE);
  }

  @Override
  public ReplyDecision interpretReply(ReplyRequest request) {
    String text = request.text() == null ? "" : request.text().toLowerCase(Locale.ROOT);
    if (text.contains("went elsewhere")) {
      return new ReplyDecision(ReplyIntent.DECLINES, "went-elsewhere", 0.93, REPLIES);
    }
    if (text.contains("please call")) {
      return new ReplyDecision(ReplyIntent.WANTS_APPOINTMENT, null, 0.9, REPLIES);
    }
    if (text.contains("attached")) {
      return new ReplyDecision(ReplyIntent.INFORMATION_PROVIDED, null, 0.85, REPLIES);
    }
    return new ReplyDecision(ReplyIntent.NEEDS_PERSON, null, 0.4, REPLIES);
  }
}
