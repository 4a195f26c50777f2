package io.followthrough.activities.documents.eval;

import io.followthrough.activities.documents.DocumentReader;
import io.followthrough.activities.documents.DocumentRejectedException;
import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.ReadDocument;
import io.followthrough.activities.documents.TextSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Simulates fax OCR on clean text: O/0, l/1/I, S/5 swaps, lost and doubled characters, colons read
 * as semicolons, collapsed spacing; reports the text as OCR with a matching confidence.
 */
final class NoisyTextReader implements DocumentReader {
  private final DocumentReader clean;
  private final double rate;

  NoisyTextReader(DocumentReader clean, double rate) {
    this.clean = clean;
    this.rate = rate;
  }

  @Override
  public ReadDocument read(Path file) throws DocumentRejectedException {
    ReadDocument d = clean.read(file);
    Random r = new Random(file.getFileName().toString().hashCode());
    List<PageText> pages = new ArrayList<>();
    for (PageText p : d.pages()) {
      String text = p.text().replaceAll(" {2,}", " ");
      StringBuilder b = new StringBuilder();
      for (char c : text.toCharArray()) {
        if (c == '\n' || r.nextDouble() >= rate) {
          b.append(c);
          continue;
        }
        switch (r.nextInt(6)) {
          case 0 -> b.append(swap(c));
          case 1 -> {}
          case 2 -> b.append(c).append(c);
          case 3 -> b.append(c == ':' ? ';' : swap(c));
          default -> b.append(swap(c));
        }
      }
      pages.add(new PageText(p.pageNumber(), b.toString(), TextSource.OCR, 0.9 - rate * 3, 0));
    }
    return new ReadDocument(d.documentId(), d.mediaType(), pages);
  }

  private static char swap(char c) {
    return switch (c) {
      case 'O' -> '0';
      case '0' -> 'O';
      case 'l' -> '1';
      case '1' -> 'l';
      case 'I' -> 'l';
      case 'S' -> '5';
      case '5' -> 'S';
      case 'e' -> 'c';
      case 'm' -> 'n';
      case 'a' -> 'o';
      default -> c;
    };
  }
}
