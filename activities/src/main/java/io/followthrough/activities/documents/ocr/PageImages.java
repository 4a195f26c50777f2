package io.followthrough.activities.documents.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Image preparation for OCR: gray, square pixels, right-angle rotation, deskew, blank check. */
public final class PageImages {

  /** Dark pixels are those below this gray level. */
  private static final int DARK = 128;

  private PageImages() {}

  /**
   * Returns an 8-bit gray copy with square pixels: a 204x98 dpi fax page is stretched vertically to
   * 204x204. Unknown resolutions (0) are treated as square.
   */
  public static BufferedImage toSquareGray(BufferedImage source, int xDpi, int yDpi) {
    int width = source.getWidth();
    int height = source.getHeight();
    if (xDpi > 0 && yDpi > 0 && xDpi != yDpi) {
      if (xDpi > yDpi) {
        height = (int) Math.round(height * (double) xDpi / yDpi);
      } else {
        width = (int) Math.round(width * (double) yDpi / xDpi);
      }
    }
    return draw(
        source,
        width,
        height,
        new AffineTransform(
            (double) width / source.getWidth(), 0, 0, (double) height / source.getHeight(), 0, 0));
  }

  /** Rotates clockwise by 0, 90, 180 or 270 degrees. */
  public static BufferedImage rotateRightAngle(BufferedImage gray, int degrees) {
    int w = gray.getWidth();
    int h = gray.getHeight();
    return switch (Math.floorMod(degrees, 360)) {
      case 0 -> gray;
      case 90 -> draw(gray, h, w, new AffineTransform(0, 1, -1, 0, h, 0));
      case 180 -> draw(gray, w, h, new AffineTransform(-1, 0, 0, -1, w, h));
      case 270 -> draw(gray, h, w, new AffineTransform(0, -1, 1, 0, 0, w));
      default -> throw new IllegalArgumentException("not a right angle: " + degrees);
    };
  }

  /** Rotates by a small angle (degrees, clockwise positive) about the centre, white fill. */
  public static BufferedImage rotateSmall(BufferedImage gray, double degrees) {
    AffineTransform t =
        AffineTransform.getRotateInstance(
            Math.toRadians(degrees), gray.getWidth() / 2.0, gray.getHeight() / 2.0);
    return draw(gray, gray.getWidth(), gray.getHeight(), t);
  }

  /** True when almost no pixel is dark: nothing worth recognising on the page. */
  public static boolean isBlank(BufferedImage gray) {
    byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    long dark = 0;
    for (byte p : pixels) {
      if ((p & 0xFF) < DARK) {
        dark++;
      }
    }
    // A few hundred specks (fax line noise) on a page are not text.
    return dark < Math.max(200, pixels.length / 5000);
  }

  private static BufferedImage draw(
      BufferedImage source, int width, int height, AffineTransform transform) {
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(source, transform, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
