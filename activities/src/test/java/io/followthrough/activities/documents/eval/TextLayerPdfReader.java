package io.followthrough.activities.documents.eval;

import io.followthrough.activities.documents.DocumentReader;
import io.followthrough.activities.documents.DocumentRejectedException;
import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.ReadDocument;
import io.followthrough.activities.documents.TextSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test stand-in for the real reader: PDF text layer only, no OCR. */
final class TextLayerPdfReader implements DocumentReader {
  @Override
  public ReadDocument read(Path file) throws DocumentRejectedException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      List<PageText> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(new PageText(p, stripper.getText(doc), TextSource.TEXT_LAYER, 1.0, 0));
      }
      return new ReadDocument(file.getFileName().toString(), "application/pdf", pages);
    } catch (IOException e) {
      throw new DocumentRejectedException(DocumentRejectedException.Reason.CORRUPT, "not a PDF", e);
    }
  }
}
