package io.followthrough.activities.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The file formats the reader accepts, recognised by their magic bytes (never the file name). */
public enum DocumentFormat {
  PDF("application/pdf"),
  TIFF("image/tiff"),
  PNG("image/png"),
  JPEG("image/jpeg");

  /** PDF readers accept a header anywhere in the first kilobyte; so do we. */
  private static final int PDF_HEADER_WINDOW = 1024;

  private final String mediaType;

  DocumentFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Detects the format from the first bytes of {@code file}; empty when it is none of ours. */
  public static Optional<DocumentFormat> sniff(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(PDF_HEADER_WINDOW);
    }
    return sniff(head);
  }

  /** Detects the format from a file's leading bytes. */
  public static Optional<DocumentFormat> sniff(byte[] head) {
    if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    // Classic TIFF (42) and BigTIFF (43), both byte orders.
    if (startsWith(head, 'I', 'I', 42, 0)
        || startsWith(head, 'M', 'M', 0, 42)
        || startsWith(head, 'I', 'I', 43, 0)
        || startsWith(head, 'M', 'M', 0, 43)) {
      return Optional.of(TIFF);
    }
    String latin = new String(head, StandardCharsets.ISO_8859_1);
    if (latin.contains("%PDF-")) {
      return Optional.of(PDF);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
