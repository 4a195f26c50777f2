package io.followthrough.activities.documents.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI1;

/**
 * One Tesseract instance (text recognition plus, lazily, orientation detection). Not thread-safe:
 * use one per thread, through {@link TesseractPool}.
 */
public final class TesseractEngine implements AutoCloseable {

  private final TessBaseAPI text;
  private TessBaseAPI osd;
  private final String tessdata;

  /** Loads the natives if needed and initialises English recognition. */
  public TesseractEngine() {
    this.tessdata = OcrNatives.tessdata().toString();
    this.text = TessAPI1.TessBaseAPICreate();
    if (TessAPI1.TessBaseAPIInit2(text, tessdata, "eng", TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
      TessAPI1.TessBaseAPIDelete(text);
      throw new IllegalStateException("Tesseract could not load its English model");
    }
    TessAPI1.TessBaseAPISetPageSegMode(text, TessPageSegMode.PSM_AUTO);
    // Quiet: Tesseract otherwise writes warnings about every image to stderr.
    TessAPI1.TessBaseAPISetVariable(text, "debug_file", "/dev/null");
  }

  /**
   * Recognises an 8-bit gray image.
   *
   * @param dpi the image resolution, so Tesseract does not guess it
   */
  public OcrResult recognize(BufferedImage gray, int dpi) {
    setImage(text, gray, dpi);
    if (TessAPI1.TessBaseAPIRecognize(text, null) != 0) {
      TessAPI1.TessBaseAPIClear(text);
      return new OcrResult("", 0);
    }
    Pointer utf8 = TessAPI1.TessBaseAPIGetUTF8Text(text);
    String result = "";
    if (utf8 != null) {
      result = utf8.getString(0, "UTF-8");
      TessAPI1.TessDeleteText(utf8);
    }
    int conf = TessAPI1.TessBaseAPIMeanTextConf(text);
    TessAPI1.TessBaseAPIClear(text);
    String trimmed = result.strip();
    return new OcrResult(trimmed, trimmed.isEmpty() ? 0 : Math.max(0, conf) / 100.0);
  }

  /** Detects the page orientation; {@link Orientation#UPRIGHT} when OSD finds too little text. */
  public Orientation detectOrientation(BufferedImage gray, int dpi) {
    if (osd == null) {
      osd = TessAPI1.TessBaseAPICreate();
      if (TessAPI1.TessBaseAPIInit2(osd, tessdata, "osd", TessOcrEngineMode.OEM_TESSERACT_ONLY)
          != 0) {
        TessAPI1.TessBaseAPIDelete(osd);
        osd = null;
        throw new IllegalStateException("Tesseract could not load its orientation model");
      }
      TessAPI1.TessBaseAPISetPageSegMode(osd, TessPageSegMode.PSM_OSD_ONLY);
      TessAPI1.TessBaseAPISetVariable(osd, "debug_file", "/dev/null");
    }
    setImage(osd, gray, dpi);
    IntBuffer degrees = IntBuffer.allocate(1);
    FloatBuffer orientConf = FloatBuffer.allocate(1);
    FloatBuffer scriptConf = FloatBuffer.allocate(1);
    PointerByReference script = new PointerByReference();
    int ok =
        TessAPI1.TessBaseAPIDetectOrientationScript(osd, degrees, orientConf, script, scriptConf);
    TessAPI1.TessBaseAPIClear(osd);
    if (ok == 0) {
      return Orientation.UPRIGHT;
    }
    // Tesseract reports how far the content is rotated clockwise; undo it.
    int correction = Math.floorMod(360 - degrees.get(0), 360);
    return new Orientation(correction, orientConf.get(0));
  }

  private static void setImage(TessBaseAPI api, BufferedImage gray, int dpi) {
    if (gray.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      throw new IllegalArgumentException("expected an 8-bit gray image");
    }
    byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    int stride = gray.getWidth();
    ByteBuffer direct = ByteBuffer.allocateDirect(pixels.length);
    direct.put(pixels).flip();
    TessAPI1.TessBaseAPISetImage(api, direct, gray.getWidth(), gray.getHeight(), 1, stride);
    TessAPI1.TessBaseAPISetSourceResolution(api, dpi);
  }

  @Override
  public void close() {
    TessAPI1.TessBaseAPIEnd(text);
    TessAPI1.TessBaseAPIDelete(text);
    if (osd != null) {
      TessAPI1.TessBaseAPIEnd(osd);
      TessAPI1.TessBaseAPIDelete(osd);
    }
  }
}
