package io.followthrough.activities.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.documents.DocumentRejectedException.Reason;
import io.followthrough.activities.documents.fixtures.FixtureFiles;
import io.followthrough.activities.documents.fixtures.HostileFiles;
import io.followthrough.activities.documents.fixtures.SampleText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never kills the reader: each case is a clear rejection, never a crash. */
class DocumentRejectionTest {

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

  private Reason rejection(Path file) {
    DocumentRejectedException e =
        assertThrows(DocumentRejectedException.class, () -> reader.read(file));
    assertFalse(e.getMessage().isBlank());
    return e.reason();
  }

  @Test
  void truncatedPdfIsCorrupt() throws Exception {
    Path whole = FixtureFiles.writeTextPdf(List.of(SampleText.REFERRAL), dir.resolve("whole.pdf"));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length / 3));
    assertEquals(Reason.CORRUPT, rejection(cut));
  }

  @Test
  void pdfHeaderFollowedByGarbageIsCorrupt() throws Exception {
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    byte[] head = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, junk, 0, head.length);
    assertEquals(Reason.CORRUPT, rejection(Files.write(dir.resolve("junk.pdf"), junk)));
  }

  @Test
  void passwordProtectedPdfIsEncrypted() throws Exception {
    Path plain = FixtureFiles.writeTextPdf(List.of(SampleText.REFERRAL), dir.resolve("p.pdf"));
    Path locked = dir.resolve("locked.pdf");
    try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
      pdf.protect(
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
      pdf.save(locked.toFile());
    }
    assertEquals(Reason.ENCRYPTED, rejection(locked));
  }

  @Test
  void ownerOnlyEncryptionIsStillReadable() throws Exception {
    Path plain = FixtureFiles.writeTextPdf(List.of(SampleText.REFERRAL), dir.resolve("p.pdf"));
    Path restricted = dir.resolve("restricted.pdf");
    try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
      AccessPermission permissions = new AccessPermission();
      permissions.setCanModify(false);
      pdf.protect(new StandardProtectionPolicy("owner-secret", "", permissions));
      pdf.save(restricted.toFile());
    }
    ReadDocument doc = reader.read(restricted);
    assertTrue(doc.pages().get(0).text().contains("REFERRAL FOR SPECIALIST"));
  }

  @Test
  void zeroPagePdfIsEmpty() throws Exception {
    Path empty = dir.resolve("empty.pdf");
    try (PDDocument pdf = new PDDocument()) {
      pdf.save(empty.toFile());
    }
    assertEquals(Reason.EMPTY, rejection(empty));
  }

  @Test
  void zeroByteFileIsEmpty() throws Exception {
    assertEquals(Reason.EMPTY, rejection(Files.write(dir.resolve("none.pdf"), new byte[0])));
  }

  @Test
  void fiveHundredPagesExceedTheDefaultLimit() throws Exception {
    Path big = dir.resolve("big.pdf");
    try (PDDocument pdf = new PDDocument()) {
      for (int i = 0; i < 500; i++) {
        pdf.addPage(new PDPage());
      }
      pdf.save(big.toFile());
    }
    long start = System.nanoTime();
    assertEquals(Reason.TOO_MANY_PAGES, rejection(big));
    // Refused from the page count, before any page is processed.
    assertTrue(System.nanoTime() - start < 5_000_000_000L);
  }

  @Test
  void pageLimitIsConfigurable() throws Exception {
    List<List<String>> pages = new ArrayList<>(Collections.nCopies(3, SampleText.REFERRAL));
    Path three = FixtureFiles.writeTextPdf(pages, dir.resolve("three.pdf"));
    try (OcrDocumentReader strict =
        new OcrDocumentReader(DocumentReaderSettings.defaults().withMaxPages(2))) {
      DocumentRejectedException e =
          assertThrows(DocumentRejectedException.class, () -> strict.read(three));
      assertEquals(Reason.TOO_MANY_PAGES, e.reason());
    }
    assertEquals(3, reader.read(three).pages().size());
  }

  @Test
  void hugeImageIsRefusedFromItsHeader() throws Exception {
    Path png = HostileFiles.pngDeclaring(20_000, 20_000, dir.resolve("huge.png"));
    assertTrue(Files.size(png) < 1_000);
    assertEquals(Reason.TOO_LARGE, rejection(png));
  }

  @Test
  void tiffDecompressionBombIsRefusedFromItsHeader() throws Exception {
    Path bomb = HostileFiles.tiffDeclaring(200_000, 200_000, dir.resolve("bomb.tif"));
    assertTrue(Files.size(bomb) < 1_000);
    assertEquals(Reason.TOO_LARGE, rejection(bomb));
  }

  @Test
  void oversizedPdfPageIsRenderedSmallerNotRefused() throws Exception {
    Path poster = dir.resolve("poster.pdf");
    try (PDDocument pdf = new PDDocument()) {
      // 100 x 100 inches: 900 million pixels at 300 dpi.
      pdf.addPage(new PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(7200, 7200)));
      pdf.save(poster.toFile());
    }
    try (OcrDocumentReader small =
        new OcrDocumentReader(DocumentReaderSettings.defaults().withMaxPagePixels(4_000_000))) {
      List<PageText> pages = small.read(poster).pages();
      assertEquals(1, pages.size());
      assertEquals("", pages.get(0).text());
    }
  }

  @Test
  void oversizedFileIsTooLarge() throws Exception {
    Path pdf = FixtureFiles.writeTextPdf(List.of(SampleText.REFERRAL), dir.resolve("a.pdf"));
    try (OcrDocumentReader small =
        new OcrDocumentReader(DocumentReaderSettings.defaults().withMaxFileBytes(100))) {
      DocumentRejectedException e =
          assertThrows(DocumentRejectedException.class, () -> small.read(pdf));
      assertEquals(Reason.TOO_LARGE, e.reason());
    }
  }

  @Test
  void nonDocumentNamedPdfIsUnsupported() throws Exception {
    Path zip = dir.resolve("invoice.pdf");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("payload.txt"));
      out.write("not a document".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertEquals(Reason.UNSUPPORTED_TYPE, rejection(zip));
    Path text = Files.writeString(dir.resolve("notes.pdf"), "Patient notes, plain text");
    assertEquals(Reason.UNSUPPORTED_TYPE, rejection(text));
  }

  @Test
  void tiffWhosePageChainLoopsIsReadOnce() throws Exception {
    Path loop = HostileFiles.tiffWithIfdLoop(dir.resolve("loop.tif"));
    // The decoder stops at the repeated page instead of walking the cycle forever.
    assertEquals(1, reader.read(loop).pages().size());
  }

  @Test
  void truncatedTiffIsCorrupt() throws Exception {
    Path bomb = HostileFiles.tiffDeclaring(1728, 2200, dir.resolve("short.tif"));
    byte[] bytes = Files.readAllBytes(bomb);
    Path cut = Files.write(dir.resolve("cut.tif"), Arrays.copyOf(bytes, 20));
    assertEquals(Reason.CORRUPT, rejection(cut));
  }

  @Test
  void rejectionMessagesCarryNoDocumentText() throws Exception {
    Path plain = FixtureFiles.writeTextPdf(List.of(SampleText.REFERRAL), dir.resolve("p.pdf"));
    byte[] bytes = Files.readAllBytes(plain);
    Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
    DocumentRejectedException e =
        assertThrows(DocumentRejectedException.class, () -> reader.read(cut));
    assertFalse(e.getMessage().contains("Jane"));
    assertFalse(e.getMessage().contains(cut.toString()));
  }
}
