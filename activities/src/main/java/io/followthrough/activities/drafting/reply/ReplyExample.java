package io.followthrough.activities.drafting.reply;

import io.followthrough.activities.drafting.BundledText;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.ReplyIntent;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled example reply from {@code reply-examples.tsv}.
 *
 * @param audience who wrote it
 * @param intent what it means
 * @param reason the decline reason code, or null
 * @param text the reply
 */
record ReplyExample(Audience audience, ReplyIntent intent, String reason, String text) {

  static List<ReplyExample> bundled() {
    List<ReplyExample> out = new ArrayList<>();
    for (String line : BundledText.read("reply-examples.tsv").split("\\R")) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) {
        continue;
      }
      String[] c = line.split("\t");
      if (c.length != 6) {
        throw new IllegalStateException("reply-examples.tsv: 6 tab-separated columns expected");
      }
      out.add(
          new ReplyExample(
              Audience.valueOf(c[1]),
              ReplyIntent.valueOf(c[3]),
              c[4].equals("-") ? null : c[4],
              c[5]));
    }
    return out;
  }
}
