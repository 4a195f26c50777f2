package io.followthrough.activities.documents.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.activities.ai.DocumentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code labels.jsonl} file, failing with the line number on a malformed line. */
public final class LabelFile {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private LabelFile() {}

  public static List<LabelledDocument> read(Path file) throws IOException {
    List<LabelledDocument> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      LabelledDocument doc;
      try {
        doc = JSON.readValue(line, LabelledDocument.class);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            "labels line " + (i + 1) + " is not a JSON object with file, type and fields");
      }
      if (doc.file() == null || doc.file().isBlank()) {
        throw new IllegalArgumentException("labels line " + (i + 1) + " has no \"file\"");
      }
      if (DocumentType.fromWireName(doc.type()).isEmpty()) {
        throw new IllegalArgumentException(
            "labels line " + (i + 1) + " has unknown type \"" + doc.type() + "\"");
      }
      out.add(doc);
    }
    return out;
  }
}
