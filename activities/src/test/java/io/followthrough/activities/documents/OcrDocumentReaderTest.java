package io.followthrough.activities.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.documents.fixtures.FaxPageRenderer;
import io.followthrough.activities.documents.fixtures.FaxResolution;
import io.followthrough.activities.documents.fixtures.FixtureFiles;
import io.followthrough.activities.documents.fixtures.SampleText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcrDocumentReaderTest {

  private static OcrDocumentReader reader;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    reader = new OcrDocumentReader(DocumentReaderSettings.defaults().withOcrThreads(1));
  }

  @AfterAll
  static void stop() {
    reader.close();
  }

  @Test
  void bornDigitalPdfUsesTheTextLayer() throws Exception {
    Path pdf =
        FixtureFiles.writeTextPdf(
            List.of(SampleText.COVER_SHEET, SampleText.REFERRAL), dir.resolve("a.pdf"));

    ReadDocument doc = reader.read(pdf);

    assertEquals("application/pdf", doc.mediaType());
    assertEquals(OcrDocumentReader.sha256(pdf), doc.documentId());
    assertEquals(64, doc.documentId().length());
    assertEquals(2, doc.pages().size());
    PageText second = doc.pages().get(1);
    assertEquals(2, second.pageNumber());
    assertEquals(TextSource.TEXT_LAYER, second.source());
    assertEquals(1.0, second.confidence());
    assertTrue(second.text().contains("NPI 1234567893"), second.text());
  }

  @Test
  void fineFaxTiffIsOcred() throws Exception {
    Path tiff =
        FixtureFiles.writeTiff(
            List.of(
                new FaxPageRenderer(FaxResolution.FINE).noise(0.001).render(SampleText.REFERRAL)),
            FaxResolution.FINE,
            FixtureFiles.CCITT_T6,
            dir.resolve("fax.pdf"));

    ReadDocument doc = reader.read(tiff);

    assertEquals("image/tiff", doc.mediaType());
    PageText page = doc.pages().get(0);
    assertEquals(TextSource.OCR, page.source());
    assertTrue(page.text().contains("REFERRAL FOR SPECIALIST"), page.text());
    assertTrue(page.text().contains("1234567893"), page.text());
    assertTrue(page.confidence() > 0.7, "confidence " + page.confidence());
    assertEquals(0, page.rotationDegrees());
  }

  @Test
  void scannedPdfIsRenderedAndOcred() throws Exception {
    Path pdf =
        FixtureFiles.writeImagePdf(
            List.of(new FaxPageRenderer(FaxResolution.SCAN_200).render(SampleText.COVER_SHEET)),
            dir.resolve("scan.pdf"));

    ReadDocument doc = reader.read(pdf);

    PageText page = doc.pages().get(0);
    assertEquals(TextSource.OCR, page.source());
    assertTrue(page.text().contains("FAX COVER SHEET"), page.text());
    assertTrue(Files.size(pdf) > 0);
  }
}
