package io.followthrough.activities.documents.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.FloatBuffer;
import net.sourceforge.lept4j.Leptonica1;
import net.sourceforge.lept4j.Pix;

/**
 * Measures the skew of text lines with Leptonica's {@code pixFindSkewSweepAndSearch} (a
 * projection-profile sweep over +-12 degrees, then a binary search), through lept4j on the bundled
 * natives.
 */
final class SkewDetector {

  /** Gray levels below this count as ink. */
  private static final int INK = 128;

  /** Leptonica's L_SEVERITY_ERROR: its warnings would go to stderr for every blank page. */
  private static final int SEVERITY_ERROR = 5;

  static {
    OcrNatives.tessdata(); // the natives must be loaded before lept4j binds to them
    Leptonica1.setMsgSeverity(SEVERITY_ERROR);
  }

  /** Leptonica's defaults, except a +-12 degree range (its +-7 missed a 7 degree fax). */
  private static final int SWEEP_REDUCTION = 4;

  private static final int SEARCH_REDUCTION = 2;
  private static final float SWEEP_RANGE_DEGREES = 12f;
  private static final float SWEEP_STEP_DEGREES = 1f;
  private static final float MIN_SEARCH_STEP_DEGREES = 0.01f;

  /** Leptonica's confidence below which its angle is noise (its own default threshold is 3). */
  private static final float MIN_CONFIDENCE = 3.0f;

  private SkewDetector() {}

  /**
   * Returns the clockwise rotation in degrees that straightens the text, or 0 when Leptonica is not
   * confident (too little text, a blank page, no clear lines).
   */
  static double correctionDegrees(BufferedImage gray) {
    Pix pix = toBinaryPix(gray);
    try {
      FloatBuffer angle = FloatBuffer.allocate(1);
      FloatBuffer confidence = FloatBuffer.allocate(1);
      if (Leptonica1.pixFindSkewSweepAndSearch(
                  pix,
                  angle,
                  confidence,
                  SWEEP_REDUCTION,
                  SEARCH_REDUCTION,
                  SWEEP_RANGE_DEGREES,
                  SWEEP_STEP_DEGREES,
                  MIN_SEARCH_STEP_DEGREES)
              != 0
          || confidence.get(0) < MIN_CONFIDENCE) {
        return 0;
      }
      // Leptonica's angle, applied as a clockwise rotation, straightens the page (checked in
      // tests).
      return angle.get(0);
    } finally {
      Leptonica1.pixDestroy(new PointerByReference(pix.getPointer()));
    }
  }

  /** Packs a gray image into a 1-bit Pix (Leptonica: 1 = ink, MSB first in 32-bit words). */
  private static Pix toBinaryPix(BufferedImage gray) {
    int w = gray.getWidth();
    int h = gray.getHeight();
    byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    Pix pix = Leptonica1.pixCreate(w, h, 1);
    int wpl = Leptonica1.pixGetWpl(pix);
    Pointer data = Leptonica1.pixGetData(pix).getPointer();
    int[] row = new int[wpl];
    for (int y = 0; y < h; y++) {
      java.util.Arrays.fill(row, 0);
      int base = y * w;
      for (int x = 0; x < w; x++) {
        if ((pixels[base + x] & 0xFF) < INK) {
          row[x >>> 5] |= 1 << (31 - (x & 31));
        }
      }
      data.write((long) y * wpl * 4, row, 0, wpl);
    }
    return pix;
  }
}
