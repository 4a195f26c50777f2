package io.followthrough.activities.documents.eval;

import io.followthrough.activities.documents.DocumentReader;
import io.followthrough.activities.documents.DocumentRejectedException;
import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.ReadDocument;
import io.followthrough.activities.documents.TextSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code .txt} files itself (form feed separates pages) and hands every other file to a
 * {@link DocumentReader}, so labelled sets of plain text work beside faxes and PDFs.
 */
public final class PlainTextDocuments implements DocumentReader {
  private final DocumentReader others;

  public PlainTextDocuments(DocumentReader others) {
    this.others = others;
  }

  @Override
  public ReadDocument read(Path file) throws DocumentRejectedException {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
      return others.read(file);
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      List<PageText> pages = new ArrayList<>();
      String[] parts = text.split("\f");
      for (int i = 0; i < parts.length; i++) {
        pages.add(new PageText(i + 1, parts[i], TextSource.TEXT_LAYER, 1.0, 0));
      }
      String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      return new ReadDocument(id, "text/plain", pages);
    } catch (IOException e) {
      throw new DocumentRejectedException(
          DocumentRejectedException.Reason.CORRUPT, "text file cannot be read", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A reader for everything but text: rejects, for builds without a document reader wired. */
  public static DocumentReader textOnly() {
    return new PlainTextDocuments(
        f -> {
          throw new DocumentRejectedException(
              DocumentRejectedException.Reason.UNSUPPORTED_TYPE,
              "only .txt is readable without a document reader");
        });
  }
}
