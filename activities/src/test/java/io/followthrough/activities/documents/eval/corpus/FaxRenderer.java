package io.followthrough.activities.documents.eval.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.QuadCurve2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

/**
 * Renders page lines the way a fax machine delivers them: letter page at 204 dpi across and 98 or
 * 196 lines per inch, varied fonts, slight skew, sometimes upside down, pen scribbles, speckle
 * noise, and 1-bit Floyd-Steinberg dithering.
 */
final class FaxRenderer {
  static final String[] FONTS = {"Monospaced", "SansSerif", "Serif", "Dialog"};

  private FaxRenderer() {}

  static BufferedImage render(List<String> lines, int dpiY, Random r, boolean allowUpsideDown) {
    int dpiX = 204;
    int w = (int) (8.5 * dpiX);
    int h = (int) (11 * dpiY);
    BufferedImage gray = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = gray.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    // Draw in points (1/72 in), scaled to the fax's unequal horizontal and vertical resolution.
    AffineTransform page = new AffineTransform();
    page.scale(dpiX / 72.0, dpiY / 72.0);
    double skew = Math.toRadians((r.nextDouble() - 0.5) * 2.4);
    page.rotate(skew, 306, 396);
    g.transform(page);
    g.setColor(Color.BLACK);
    String family = FONTS[r.nextInt(FONTS.length)];
    int size = 11 + r.nextInt(3);
    double y = 60 + r.nextInt(20);
    double x = 50 + r.nextInt(20);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean heading = line.equals(line.toUpperCase()) && line.matches(".*[A-Z]{4}.*");
      g.setFont(new Font(family, heading ? Font.BOLD : Font.PLAIN, heading ? size + 2 : size));
      String[] cols = line.split(" {3,}", 2);
      g.drawString(cols[0], (float) x, (float) y);
      if (cols.length > 1) {
        g.drawString(cols[1], (float) x + 270, (float) y);
      }
      y += size * (1.6 + r.nextDouble() * 0.5);
    }
    scribble(g, r, y);
    g.dispose();
    speckle(gray, r, 0.0015);
    BufferedImage bw = dither(gray);
    return allowUpsideDown && r.nextInt(12) == 0 ? rotate180(bw) : bw;
  }

  /** Handwriting-like marks: a signature stroke and a tick in the margin. */
  private static void scribble(Graphics2D g, Random r, double y) {
    g.setStroke(new BasicStroke(1.2f));
    double sx = 60 + r.nextInt(200);
    double sy = Math.min(740, y + 30);
    for (int i = 0; i < 4; i++) {
      g.draw(
          new QuadCurve2D.Double(
              sx + i * 25, sy, sx + i * 25 + 12, sy - 18 + r.nextInt(36), sx + i * 25 + 25, sy));
    }
    g.drawLine(560, 100 + r.nextInt(400), 575, 110 + r.nextInt(400));
  }

  private static void speckle(BufferedImage img, Random r, double rate) {
    int n = (int) (img.getWidth() * img.getHeight() * rate);
    for (int i = 0; i < n; i++) {
      img.getRaster()
          .setSample(
              r.nextInt(img.getWidth()), r.nextInt(img.getHeight()), 0, r.nextBoolean() ? 0 : 255);
    }
  }

  static BufferedImage dither(BufferedImage gray) {
    int w = gray.getWidth();
    int h = gray.getHeight();
    float[][] v = new float[h][w];
    for (int yy = 0; yy < h; yy++) {
      for (int xx = 0; xx < w; xx++) {
        v[yy][xx] = gray.getRaster().getSample(xx, yy, 0);
      }
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
    for (int yy = 0; yy < h; yy++) {
      for (int xx = 0; xx < w; xx++) {
        float old = v[yy][xx];
        int nv = old < 128 ? 0 : 255;
        out.getRaster().setSample(xx, yy, 0, nv == 0 ? 0 : 1);
        float err = old - nv;
        if (xx + 1 < w) v[yy][xx + 1] += err * 7 / 16;
        if (yy + 1 < h) {
          if (xx > 0) v[yy + 1][xx - 1] += err * 3 / 16;
          v[yy + 1][xx] += err * 5 / 16;
          if (xx + 1 < w) v[yy + 1][xx + 1] += err * 1 / 16;
        }
      }
    }
    return out;
  }

  private static BufferedImage rotate180(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
    for (int yy = 0; yy < h; yy++) {
      for (int xx = 0; xx < w; xx++) {
        out.getRaster().setSample(w - 1 - xx, h - 1 - yy, 0, img.getRaster().getSample(xx, yy, 0));
      }
    }
    return out;
  }
}
