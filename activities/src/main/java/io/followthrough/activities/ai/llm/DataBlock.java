package io.followthrough.activities.ai.llm;

import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.ReadDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The document as inert data for a prompt: pages headed by their number, framed by a marker the
 * document cannot contain (any look-alike inside is removed before framing).
 */
record DataBlock(String marker, String text) {

  static DataBlock of(ReadDocument document) {
    String marker = "DOCUMENT " + digest(document.documentId()).substring(0, 16).toUpperCase();
    StringBuilder b = new StringBuilder();
    for (PageText p : document.pages()) {
      b.append("--- page ").append(p.pageNumber()).append(" ---\n");
      b.append(p.text().replace("<<<", "< < <").replace(">>>", "> > >")).append('\n');
    }
    return new DataBlock(marker, b.toString());
  }

  private static String digest(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(md.digest(("followthrough-marker:" + s).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
