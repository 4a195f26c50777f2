package io.followthrough.activities.drafting.reply;

import io.followthrough.activities.drafting.Phrases;
import java.util.List;

/**
 * One row of {@code reply-rules.txt}.
 *
 * @param cue {@code stop}, {@code wrong-number}, {@code safety}, {@code information}, {@code
 *     reason}, {@code decline}, {@code wants} or {@code question}
 * @param code the decline reason code for {@code reason} rows, else null
 * @param guarded whether a negation right before a phrase cancels it
 * @param confidence how sure a decision resting on this cue alone is
 * @param phrases what to look for, as whole words
 */
record ReplyCue(String cue, String code, boolean guarded, double confidence, List<String> phrases) {

  /** Whether the normalized reply holds one of the phrases. */
  boolean foundIn(String normal) {
    for (String p : phrases) {
      if (guarded ? Phrases.affirmed(normal, p) : Phrases.find(normal, p) >= 0) {
        return true;
      }
    }
    return false;
  }
}
