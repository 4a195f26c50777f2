package io.followthrough.activities.drafting.local;

import io.followthrough.activities.drafting.DraftingFailures;
import io.followthrough.activities.drafting.purpose.Languages;
import io.followthrough.activities.drafting.purpose.PreparedDraft;
import io.followthrough.activities.drafting.purpose.PurposeCatalog;
import io.followthrough.activities.drafting.reply.NearestExample;
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
import java.util.function.Supplier;

/**
 * The offline provider ({@code local}): Mustache templates per purpose, channel and language filled
 * only from the request's facts, the triage policy table, and the reply rules with the nearest
 * labelled example (in-process MiniLM embeddings) for replies without any cue. No network, the same
 * answer for the same request.
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
  private final Supplier<NearestExample> examples;
  private NearestExample loaded;

  /**
   * @param examples the nearest-example fallback for replies without any cue, built on first use
   *     (it loads the embedding model)
   */
  public LocalDrafting(
      PurposeCatalog catalog,
      TriagePolicy triage,
      ReplyRules replies,
      Supplier<NearestExample> examples) {
    this.catalog = catalog;
    this.triage = triage;
    this.replies = replies;
    this.examples = examples;
  }

  /** With the bundled purposes, templates, policy table, reply rules and examples. */
  public static LocalDrafting bundled() {
    return new LocalDrafting(
        PurposeCatalog.bundled(),
        TriagePolicy.bundled(),
        ReplyRules.bundled(),
        NearestExample::bundled);
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
    return replies.decide(request).orElseGet(() -> nearest().decide(request));
  }

  private synchronized NearestExample nearest() {
    if (loaded == null) {
      loaded = examples.get();
    }
    return loaded;
  }

  private static DraftRequest inEnglish(DraftRequest r) {
    return new DraftRequest(r.purpose(), r.audience(), r.channel(), Languages.DEFAULT, r.facts());
  }
}
