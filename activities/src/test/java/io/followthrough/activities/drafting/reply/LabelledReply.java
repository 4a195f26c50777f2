package io.followthrough.activities.drafting.reply;

import io.followthrough.drafting.Audience;
import io.followthrough.drafting.ReplyIntent;
import io.followthrough.drafting.ReplyRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One line of a labelled reply set ({@code replies-*.tsv}). */
record LabelledReply(ReplyRequest request, ReplyIntent intent, String reason) {

  static List<LabelledReply> load(String resource) {
    try (InputStream in =
        LabelledReply.class.getResourceAsStream(
            "/io/followthrough/activities/drafting/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      List<LabelledReply> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length != 6) {
          throw new IllegalStateException(resource + ": 6 columns expected: " + line);
        }
        out.add(
            new LabelledReply(
                new ReplyRequest(c[0], Audience.valueOf(c[1]), c[5], c[2]),
                ReplyIntent.valueOf(c[3]),
                c[4].equals("-") ? null : c[4]));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
