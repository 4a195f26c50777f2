package io.followthrough.activities.drafting.local;

import io.followthrough.activities.drafting.DraftingFailures;
import io.followthrough.activities.drafting.purpose.Languages;
import io.followthrough.activities.drafting.purpose.PreparedDraft;
import io.followthrough.activities.drafting.purpose.PurposeCatalog;
import io.followthrough.activities.drafting.reply.ReplyRules;
import io.followthrough.activities.drafting.triage.TriagePolicy;
import io.followthrough.drafting.AiProvenance;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.ReplyDecision;
import io.followthrough.drafting.ReplyRequest;
import io.followthrough.drafting.TriageDecision;
import io.followthrough.drafting.TriageRequest;

/**
 * The offline provider ({@code local}): Mustache templates per purpose, channel and language filled
 * only from the request's facts, the triage policy table and the reply rules. No network, no model
 * weights, the same answer for the same request.
 */
public final class LocalDrafting implements DraftingActivities {
  /** Provider name recorded in provenance. */
  public static final String PROVIDER = "local";

  /** Model name recorded for template drafts. */
  public static final String TEMPLATES = "templates-v1";

  private final PurposeCatalog catalog;
  private final TemplateRenderer templates = new TemplateRenderer();
  private final TriagePolicy triage;
  private final ReplyRules replies;

  public LocalDrafting(PurposeCatalog catalog, TriagePolicy triage, ReplyRules replies) {
    this.catalog = catalog;
    this.triage = triage;
    this.replies = replies;
  }

  /** With the bundled purposes, templates, policy table and reply rules. */
  public static LocalDrafting bundled() {
    return new LocalDrafting(
        PurposeCatalog.bundled(), TriagePolicy.bundled(), ReplyRules.bundled());
  }

  @Override
  public Draft draft(DraftRequest request) {
    PreparedDraft draft = PreparedDraft.of(request, catalog);
    String body = templates.render(draft).orElse(null);
    if (body == null) {
      // No template in the requested language: English, and the draft says so.
      draft = PreparedDraft.of(inEnglish(request), catalog);
      body =
          templates
              .render(draft)
              .orElseThrow(
                  () -> new IllegalStateException("no template " + request.purpose() + " in en"));
    }
    int max = draft.channel().maxBodyLength();
    if (body.length() > max) {
      throw DraftingFailures.invalidInput(
          "%s would be %d characters, more than %d: shorten the facts"
              .formatted(draft.templateId(), body.length(), max));
    }
    return new Draft(
        draft.templateId(),
        draft.variables(),
        body,
        draft.language(),
        new AiProvenance(PROVIDER, TEMPLATES, draft.spec().templateVersion()));
  }

  @Override
  public TriageDecision triage(TriageRequest request) {
    if (request == null) {
      throw DraftingFailures.invalidInput("triage request is required");
    }
    return triage.decide(request);
  }

  @Override
  public ReplyDecision interpretReply(ReplyRequest request) {
    if (request == null || request.audience() == null) {
      throw DraftingFailures.invalidInput("reply request with an audience is required");
    }
    return replies.interpret(request);
  }

  private static DraftRequest inEnglish(DraftRequest r) {
    return new DraftRequest(r.purpose(), r.audience(), r.channel(), Languages.DEFAULT, r.facts());
  }
}
