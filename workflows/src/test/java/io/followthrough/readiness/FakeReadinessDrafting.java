package io.followthrough.readiness;

import io.followthrough.drafting.AiProvenance;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.ReplyDecision;
import io.followthrough.drafting.ReplyRequest;
import io.followthrough.drafting.TriageDecision;
import io.followthrough.drafting.TriageRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Template id {@code <purpose>-<channel>}; the variables are the request's facts. */
final class FakeReadinessDrafting implements DraftingActivities {

  @Override
  public Draft draft(DraftRequest request) {
    String template = request.purpose() + "-" + request.channel().name().toLowerCase(Locale.ROOT);
    Map<String, String> vars = new LinkedHashMap<>(request.facts());
    return new Draft(
        template,
        vars,
        "drafted " + request.purpose(),
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
