package io.followthrough.activities.drafting.reply;

import io.followthrough.activities.channels.InboundClassifier;
import io.followthrough.activities.drafting.BundledText;
import io.followthrough.activities.drafting.Phrases;
import io.followthrough.activities.drafting.PipeTable;
import io.followthrough.channels.InboundKind;
import io.followthrough.drafting.AiProvenance;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.ReplyDecision;
import io.followthrough.drafting.ReplyIntent;
import io.followthrough.drafting.ReplyRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reply rules: the channel's own {@link InboundClassifier} first (STOP words, wrong number, a
 * plain yes or no), then the cues of {@code reply-rules.txt} combined as the file describes.
 */
public final class ReplyRules {
  /** Confidence of a decision that rests on nothing but the absence of every cue. */
  static final double NO_SIGNAL = 0.5;

  /** Confidence when cues disagree (wants a visit, but names an obstacle). */
  static final double MIXED = 0.6;

  private static final Set<String> CUES =
      Set.of(
          "stop",
          "wrong-number",
          "safety",
          "information",
          "reason",
          "decline",
          "wants",
          "question");
  private static final ReplyRules BUNDLED = parse(BundledText.read("reply-rules.txt"));

  private final List<ReplyCue> cues;
  private final AiProvenance provenance;

  private ReplyRules(List<ReplyCue> cues, int version) {
    this.cues = List.copyOf(cues);
    this.provenance = new AiProvenance("local", "reply-rules", "reply-rules@" + version);
  }

  /** The rules shipped with the activities. */
  public static ReplyRules bundled() {
    return BUNDLED;
  }

  static ReplyRules parse(String text) {
    List<ReplyCue> cues = new ArrayList<>();
    for (List<String> row : PipeTable.parse(text, 5, "reply-rules.txt")) {
      if (!CUES.contains(row.get(0))) {
        throw new IllegalStateException("reply-rules.txt: unknown cue " + row.get(0));
      }
      cues.add(
          new ReplyCue(
              row.get(0),
              row.get(1).equals("-") ? null : row.get(1),
              row.get(2).equals("yes"),
              Double.parseDouble(row.get(3)),
              PipeTable.items(row.get(4))));
    }
    return new ReplyRules(cues, PipeTable.version(text, "reply-rules.txt"));
  }

  public AiProvenance provenance() {
    return provenance;
  }

  /** The rules' decision; a reply without any cue is {@link ReplyIntent#NEEDS_PERSON}. */
  public ReplyDecision interpret(ReplyRequest request) {
    return decide(request).orElseGet(() -> decision(ReplyIntent.NEEDS_PERSON, null, NO_SIGNAL));
  }

  /** The rules' decision, or empty when the reply holds no cue at all. */
  public Optional<ReplyDecision> decide(ReplyRequest request) {
    return Optional.ofNullable(decideOrNull(request));
  }

  private ReplyDecision decideOrNull(ReplyRequest request) {
    String text = request.text() == null ? "" : request.text();
    String normal = Phrases.normalize(text);
    boolean question = text.contains("?") || text.contains("¿");
    InboundKind kind = InboundClassifier.classify(text);
    if (kind == InboundKind.STOP) {
      return decision(ReplyIntent.STOP, null, 0.97);
    }
    Optional<ReplyCue> stop = first("stop", normal);
    if (stop.isPresent()) {
      return decision(ReplyIntent.STOP, null, stop.get().confidence());
    }
    if (kind == InboundKind.WRONG_NUMBER) {
      return decision(ReplyIntent.WRONG_NUMBER, null, 0.95);
    }
    Optional<ReplyCue> wrong = first("wrong-number", normal);
    if (wrong.isPresent()) {
      return decision(ReplyIntent.WRONG_NUMBER, null, wrong.get().confidence());
    }
    Optional<ReplyCue> safety = first("safety", normal);
    if (safety.isPresent()) {
      return decision(ReplyIntent.NEEDS_PERSON, null, safety.get().confidence());
    }
    Optional<ReplyCue> asks = first("question", normal);
    if (request.audience() != Audience.PATIENT) {
      Optional<ReplyCue> info = first("information", normal);
      if (info.isPresent() && !question && asks.isEmpty()) {
        return decision(ReplyIntent.INFORMATION_PROVIDED, null, info.get().confidence());
      }
      return forAPerson(question || asks.isPresent() || info.isPresent());
    }
    Optional<ReplyCue> reason = first("reason", normal);
    Optional<ReplyCue> decline = first("decline", normal);
    boolean saysNo = decline.isPresent() || kind == InboundKind.DECLINE;
    Optional<ReplyCue> wants = first("wants", normal);
    boolean wantsVisit = wants.isPresent() || kind == InboundKind.AFFIRMATIVE;
    if (reason.isPresent()) {
      if (!saysNo && (wantsVisit || question)) {
        return decision(ReplyIntent.NEEDS_PERSON, null, MIXED);
      }
      double c = saysNo ? Math.max(reason.get().confidence(), 0.9) : reason.get().confidence();
      return decision(ReplyIntent.DECLINES, reason.get().code(), c);
    }
    if (saysNo) {
      if (wants.isPresent() && decline.isEmpty() || wantsVisit && kind != InboundKind.DECLINE) {
        return decision(ReplyIntent.NEEDS_PERSON, null, MIXED);
      }
      double c = decline.map(ReplyCue::confidence).orElse(0.85);
      return decision(ReplyIntent.DECLINES, null, c);
    }
    if (wantsVisit) {
      return decision(
          ReplyIntent.WANTS_APPOINTMENT, null, wants.map(ReplyCue::confidence).orElse(0.9));
    }
    return forAPerson(question || asks.isPresent());
  }

  /** For a person when asked something; no decision (null) when nothing was said to go on. */
  private ReplyDecision forAPerson(boolean asked) {
    return asked ? decision(ReplyIntent.NEEDS_PERSON, null, 0.85) : null;
  }

  private Optional<ReplyCue> first(String cue, String normal) {
    return cues.stream().filter(c -> c.cue().equals(cue) && c.foundIn(normal)).findFirst();
  }

  private ReplyDecision decision(ReplyIntent intent, String reason, double confidence) {
    return new ReplyDecision(intent, reason, confidence, provenance);
  }
}
