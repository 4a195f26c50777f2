package io.followthrough.activities.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.followthrough.activities.documents.DocumentFormat;
import io.followthrough.activities.documents.DocumentReaderSettings;
import io.followthrough.activities.documents.DocumentRejectedException;
import io.followthrough.activities.documents.DocumentRejectedException.Reason;
import io.followthrough.activities.documents.eval.corpus.CorpusGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentPrecheckTest {

  private final DocumentPrecheck check =
      new DocumentPrecheck(DocumentReaderSettings.defaults().withMaxFileBytes(2_000_000));

  private static Reason reason(DocumentPrecheck check, byte[] bytes) {
    return assertThrows(DocumentRejectedException.class, () -> check.check(bytes)).reason();
  }

  @Test
  void acceptsGeneratedPdfAndTiffWithTheirPageCounts(@TempDir Path dir) throws Exception {
    CorpusGenerator.write(
        dir.resolve("pdf"), CorpusGenerator.Slice.TUNE, 1, CorpusGenerator.Format.TEXT_PDF);
    CorpusGenerator.write(
        dir.resolve("tif"), CorpusGenerator.Slice.TUNE, 1, CorpusGenerator.Format.FAX_FINE_TIFF);
    DocumentPrecheck.Checked pdf =
        check.check(Files.readAllBytes(only(dir.resolve("pdf"), ".pdf")));
    assertEquals(DocumentFormat.PDF, pdf.format());
    DocumentPrecheck.Checked tif =
        check.check(Files.readAllBytes(only(dir.resolve("tif"), ".tif")));
    assertEquals(DocumentFormat.TIFF, tif.format());
    assertEquals(pdf.pages(), tif.pages());
  }

  @Test
  void rejectsBadInputWithTheReadersReasons(@TempDir Path dir) throws Exception {
    assertEquals(Reason.EMPTY, reason(check, new byte[0]));
    assertEquals(
        Reason.UNSUPPORTED_TYPE,
        reason(check, "hello, not a fax".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Reason.UNSUPPORTED_TYPE, reason(check, new byte[] {'P', 'K', 3, 4, 0, 0}));
    assertEquals(
        Reason.CORRUPT,
        reason(check, "%PDF-1.7\nthis is garbage".getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(Reason.CORRUPT, reason(check, new byte[] {'I', 'I', 42, 0, 1, 2, 3}));
    assertEquals(Reason.TOO_LARGE, reason(check, pdfPadded(3_000_000)));
    CorpusGenerator.write(dir, CorpusGenerator.Slice.TUNE, 1, CorpusGenerator.Format.TEXT_PDF);
    byte[] good = Files.readAllBytes(only(dir, ".pdf"));
    assertEquals(Reason.CORRUPT, reason(check, Arrays.copyOf(good, good.length / 3)));
    DocumentPrecheck onePage =
        new DocumentPrecheck(DocumentReaderSettings.defaults().withMaxPages(1));
    if (check.check(good).pages() > 1) {
      assertEquals(Reason.TOO_MANY_PAGES, reason(onePage, good));
    }
  }

  private static byte[] pdfPadded(int size) {
    byte[] bytes = new byte[size];
    System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 0, 8);
    return bytes;
  }

  static Path only(Path dir, String suffix) throws Exception {
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
    }
  }
}
