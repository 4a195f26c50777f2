package io.followthrough.activities.drafting.reply;

import io.followthrough.drafting.ReplyDecision;
import io.followthrough.drafting.ReplyIntent;
import io.followthrough.drafting.ReplyRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scores an interpreter on a labelled set: intent accuracy, decline-reason accuracy, and how many
 * replies it would settle without a person at a confidence threshold (and how many of those are
 * wrong).
 */
record ReplyEvaluation(
    int total,
    int intentCorrect,
    int declines,
    int reasonCorrect,
    int automatic,
    int automaticWrong,
    List<String> mistakes) {

  static ReplyEvaluation run(
      Function<ReplyRequest, ReplyDecision> interpreter,
      List<LabelledReply> set,
      double threshold) {
    int correct = 0;
    int declines = 0;
    int reasons = 0;
    int automatic = 0;
    int automaticWrong = 0;
    List<String> mistakes = new ArrayList<>();
    for (LabelledReply r : set) {
      ReplyDecision d = interpreter.apply(r.request());
      boolean right = d.intent() == r.intent();
      if (right) {
        correct++;
      } else {
        mistakes.add(
            "%s -> %s %.2f: %s"
                .formatted(r.intent(), d.intent(), d.confidence(), r.request().text()));
      }
      if (r.intent() == ReplyIntent.DECLINES && right) {
        declines++;
        if (Objects.equals(r.reason(), d.reasonCode())) {
          reasons++;
        } else {
          mistakes.add(
              "reason %s -> %s: %s".formatted(r.reason(), d.reasonCode(), r.request().text()));
        }
      }
      if (d.intent() != ReplyIntent.NEEDS_PERSON && d.confidence() >= threshold) {
        automatic++;
        if (!right) {
          automaticWrong++;
        }
      }
    }
    return new ReplyEvaluation(
        set.size(), correct, declines, reasons, automatic, automaticWrong, mistakes);
  }

  double accuracy() {
    return (double) intentCorrect / total;
  }

  String report(String name) {
    return ("%s: %d replies, intent accuracy %.3f (%d/%d), decline reason accuracy %d/%d,"
            + " settled without a person %d (%d wrong)%n  %s")
        .formatted(
            name,
            total,
            accuracy(),
            intentCorrect,
            total,
            reasonCorrect,
            declines,
            automatic,
            automaticWrong,
            String.join("\n  ", mistakes));
  }
}
