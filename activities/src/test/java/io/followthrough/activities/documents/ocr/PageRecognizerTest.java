package io.followthrough.activities.documents.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.fixtures.FaxPageRenderer;
import io.followthrough.activities.documents.fixtures.FaxResolution;
import io.followthrough.activities.documents.fixtures.SampleText;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageRecognizerTest {

  private static TesseractPool pool;
  private static PageRecognizer recognizer;

  @BeforeAll
  static void start() {
    pool = new TesseractPool(1);
    recognizer = new PageRecognizer(pool);
  }

  @AfterAll
  static void stop() {
    pool.close();
  }

  private static PageText read(FaxPageRenderer renderer, FaxResolution r) {
    BufferedImage page = renderer.render(SampleText.REFERRAL);
    return recognizer.recognize(1, page, r.xDpi, r.yDpi);
  }

  @Test
  void upsideDownPageIsTurnedUpright() {
    PageText page = read(new FaxPageRenderer(FaxResolution.FINE).rotate(180), FaxResolution.FINE);
    assertEquals(180, page.rotationDegrees());
    assertTrue(page.text().contains("REFERRAL FOR SPECIALIST"), page.text());
    assertTrue(page.confidence() > 0.7, "confidence " + page.confidence());
  }

  @Test
  void sidewaysPageIsTurnedUpright() {
    PageText page = read(new FaxPageRenderer(FaxResolution.FINE).rotate(270), FaxResolution.FINE);
    assertEquals(90, page.rotationDegrees());
    assertTrue(page.text().contains("Diagnosis"), page.text());
  }

  @Test
  void upsideDownShortPageIsTurnedWithoutOsd() {
    BufferedImage page =
        new FaxPageRenderer(FaxResolution.FINE).rotate(180).render(java.util.List.of("Approved"));
    PageText text = recognizer.recognize(1, page, 204, 196);
    assertEquals(180, text.rotationDegrees());
    assertEquals("Approved", text.text());
  }

  @Test
  void standardResolutionSkewedNoisyFaxIsRead() {
    // Without deskew Tesseract reads nothing of this page (measured: confidence 0).
    PageText page =
        read(
            new FaxPageRenderer(FaxResolution.STANDARD).skew(-8).noise(0.002),
            FaxResolution.STANDARD);
    assertTrue(page.text().contains("REFERRAL FOR SPECIALIST"), page.text());
    assertTrue(page.text().contains("knee"), page.text());
  }

  @Test
  void skewIsMeasuredAndCorrected() {
    BufferedImage raw =
        new FaxPageRenderer(FaxResolution.SCAN_200).skew(4).render(SampleText.REFERRAL);
    BufferedImage gray = PageImages.toSquareGray(raw, 200, 200);
    double correction = SkewDetector.correctionDegrees(gray);
    assertEquals(-4.0, correction, 0.3);
    double after = SkewDetector.correctionDegrees(PageImages.rotateSmall(gray, correction));
    assertEquals(0.0, after, 0.3);
  }

  @Test
  void blankPageIsEmptyNotAnError() {
    BufferedImage blank =
        new FaxPageRenderer(FaxResolution.FINE).noise(0.00002).render(java.util.List.of());
    PageText page = recognizer.recognize(3, blank, 204, 196);
    assertEquals(3, page.pageNumber());
    assertEquals("", page.text());
    assertEquals(0.0, page.confidence());
  }

  @Test
  void standardFaxPixelsAreMadeSquare() {
    BufferedImage raw = new FaxPageRenderer(FaxResolution.STANDARD).render(SampleText.REFERRAL);
    assertEquals(1078, raw.getHeight());
    BufferedImage square = PageImages.toSquareGray(raw, 204, 98);
    assertEquals(raw.getWidth(), square.getWidth());
    assertEquals(2244, square.getHeight());
    assertEquals(BufferedImage.TYPE_BYTE_GRAY, square.getType());
  }
}
