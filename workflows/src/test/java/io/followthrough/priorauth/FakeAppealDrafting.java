package io.followthrough.priorauth;

import io.followthrough.drafting.AiProvenance;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.ReplyDecision;
import io.followthrough.drafting.ReplyRequest;
import io.followthrough.drafting.TriageDecision;
import io.followthrough.drafting.TriageRequest;
import java.util.Locale;

/** Drafts every purpose as {@code <purpose>.staff.<channel>} with a body naming the facts. */
final class FakeAppealDrafting implements DraftingActivities {

  @Override
  public Draft draft(DraftRequest request) {
    String channel = request.channel().name().toLowerCase(Locale.ROOT);
    return new Draft(
        request.purpose() + ".staff." + channel,
        request.facts(),
        "appeal of " + request.facts().get("denial_reason"),
        request.language(),
        new AiProvenance("local", "fake-templates", request.purpose() + "@1"));
  }

  @Override
  public TriageDecision triage(TriageRequest request) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ReplyDecision interpretReply(ReplyRequest request) {
    throw new UnsupportedOperationException();
  }
}
