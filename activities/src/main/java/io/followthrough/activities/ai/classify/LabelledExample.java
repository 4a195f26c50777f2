package io.followthrough.activities.ai.classify;

import io.followthrough.activities.ai.DocumentType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A short representative text of one type, used to train the offline classifier. */
public record LabelledExample(DocumentType type, String text) {

  /** The examples shipped in {@code examples.txt} beside this class. */
  public static List<LabelledExample> bundled() {
    try (InputStream in = LabelledExample.class.getResourceAsStream("examples.txt")) {
      if (in == null) {
        throw new IllegalStateException("classifier examples resource missing");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<LabelledExample> parse(BufferedReader reader) throws IOException {
    List<LabelledExample> out = new ArrayList<>();
    DocumentType type = null;
    StringBuilder text = new StringBuilder();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.startsWith("#") && !line.startsWith("###")) {
        continue;
      }
      if (line.startsWith("###")) {
        add(out, type, text);
        String name = line.substring(3).trim();
        type =
            DocumentType.fromWireName(name)
                .orElseThrow(() -> new IllegalStateException("unknown type in examples: " + name));
        text.setLength(0);
      } else {
        text.append(line).append('\n');
      }
    }
    add(out, type, text);
    return out;
  }

  private static void add(List<LabelledExample> out, DocumentType type, StringBuilder text) {
    if (type != null && !text.toString().isBlank()) {
      out.add(new LabelledExample(type, text.toString().trim()));
    }
  }
}
