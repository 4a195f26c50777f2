package io.followthrough.activities.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.followthrough.activities.documents.fixtures.FaxPageRenderer;
import io.followthrough.activities.documents.fixtures.FaxResolution;
import io.followthrough.activities.documents.fixtures.FixtureFiles;
import io.followthrough.activities.documents.fixtures.SampleText;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages read by text source, rejections by reason. */
class DocumentMetricsTest {

  private static final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private static OcrDocumentReader reader;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    reader =
        new OcrDocumentReader(
            DocumentReaderSettings.defaults().withOcrThreads(1), new DocumentMetrics(registry));
  }

  @AfterAll
  static void stop() {
    reader.close();
  }

  @Test
  void pagesAreCountedBySourceAndRejectionsByReason() throws Exception {
    double ocrBefore = count("followthrough.document.pages", "source", "ocr");
    double textBefore = count("followthrough.document.pages", "source", "text-layer");

    reader.read(
        FixtureFiles.writeTextPdf(
            List.of(SampleText.COVER_SHEET, SampleText.REFERRAL), dir.resolve("a.pdf")));
    reader.read(
        FixtureFiles.writeImagePdf(
            List.of(new FaxPageRenderer(FaxResolution.SCAN_200).render(SampleText.COVER_SHEET)),
            dir.resolve("scan.pdf")));
    Path empty = Files.createFile(dir.resolve("empty.pdf"));
    assertThrows(DocumentRejectedException.class, () -> reader.read(empty));

    assertEquals(2, count("followthrough.document.pages", "source", "text-layer") - textBefore);
    assertEquals(1, count("followthrough.document.pages", "source", "ocr") - ocrBefore);
    assertEquals(1, count("followthrough.documents.rejected", "reason", "empty"));
    assertEquals(
        2, registry.get("followthrough.document.read").tag("format", "pdf").timer().count());
  }

  private static double count(String name, String... tags) {
    return registry.find(name).tags(tags).counters().stream().mapToDouble(Counter::count).sum();
  }
}
