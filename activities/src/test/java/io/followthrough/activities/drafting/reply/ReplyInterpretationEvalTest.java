package io.followthrough.activities.drafting.reply;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.drafting.local.LocalDrafting;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of the offline reply interpreter on labelled sets (printed), as rules alone and as the
 * provider runs it (rules, then the nearest example for replies without a cue). The floors are the
 * accuracies measured when each set was first run, rounded down: a change that makes the
 * interpreter worse fails here.
 */
class ReplyInterpretationEvalTest {
  /** The confidence at or above which a workflow acts on a reply without a person. */
  static final double AUTO = 0.8;

  static final ReplyRules rules = ReplyRules.bundled();

  /** One instance for the class: it loads the embedding model once. */
  static final LocalDrafting local = LocalDrafting.bundled();

  @Test
  void secondHoldoutSet() {
    var set = LabelledReply.load("replies-holdout-2.tsv");
    ReplyEvaluation withExamples = ReplyEvaluation.run(local::interpretReply, set, AUTO);
    ReplyEvaluation rulesOnly = ReplyEvaluation.run(rules::interpret, set, AUTO);
    System.out.println(withExamples.report("holdout-2, rules + nearest example"));
    System.out.println(rulesOnly.report("holdout-2, rules only"));
    assertTrue(set.size() >= 60);
    // First run (rules v2, examples v1): 56/66 = 0.848 with the nearest example, 46/66 = 0.697
    // with rules only; 32 replies settled without a person, none wrong.
    assertTrue(withExamples.accuracy() >= 0.84, withExamples.report("holdout-2"));
    assertTrue(rulesOnly.accuracy() >= 0.69, rulesOnly.report("holdout-2"));
    assertTrue(withExamples.automaticWrong() == 0, withExamples.report("holdout-2"));
  }

  @Test
  void firstHoldoutSet() {
    var set = LabelledReply.load("replies-holdout.tsv");
    ReplyEvaluation withExamples = ReplyEvaluation.run(local::interpretReply, set, AUTO);
    ReplyEvaluation rulesOnly = ReplyEvaluation.run(rules::interpret, set, AUTO);
    System.out.println(withExamples.report("holdout-1, rules + nearest example"));
    System.out.println(rulesOnly.report("holdout-1, rules only"));
    // Rules v1, first run: 44/71 = 0.620 (2 of 30 automatic decisions wrong). Rules v2 were then
    // written with these mistakes in view (70/71 with the nearest example), so this set is now a
    // regression guard, not a measure.
    assertTrue(withExamples.accuracy() >= 0.95, withExamples.report("holdout-1"));
    assertTrue(withExamples.automaticWrong() == 0, withExamples.report("holdout-1"));
  }

  @Test
  void developmentSet() {
    ReplyEvaluation e =
        ReplyEvaluation.run(rules::interpret, LabelledReply.load("reply-examples.tsv"), AUTO);
    System.out.println(e.report("development (rules only; the examples are this set)"));
    // The rules were written with this set in view: 81/81. Optimistic, but a regression guard.
    assertTrue(e.accuracy() >= 0.95, e.report("development"));
  }
}
