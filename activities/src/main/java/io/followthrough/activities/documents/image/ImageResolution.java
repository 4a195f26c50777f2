package io.followthrough.activities.documents.image;

import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import org.w3c.dom.Node;

/**
 * Horizontal and vertical resolution of a decoded page, from the image's standard metadata (TIFF
 * X/YResolution, PNG pHYs, JPEG JFIF density). Fax pages often have unequal values (204x98).
 *
 * @param xDpi horizontal dots per inch, 0 when unknown
 * @param yDpi vertical dots per inch, 0 when unknown
 */
public record ImageResolution(int xDpi, int yDpi) {

  public static final ImageResolution UNKNOWN = new ImageResolution(0, 0);

  /** Reads the resolution from {@code metadata}; {@link #UNKNOWN} when absent or implausible. */
  public static ImageResolution of(IIOMetadata metadata) {
    if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
      return UNKNOWN;
    }
    Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
    int x = dpi(root, "HorizontalPixelSize");
    int y = dpi(root, "VerticalPixelSize");
    if (x == 0 && y == 0) {
      return UNKNOWN;
    }
    return new ImageResolution(x == 0 ? y : x, y == 0 ? x : y);
  }

  private static int dpi(Node root, String element) {
    for (Node dim = root.getFirstChild(); dim != null; dim = dim.getNextSibling()) {
      if (!"Dimension".equals(dim.getNodeName())) {
        continue;
      }
      for (Node n = dim.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (element.equals(n.getNodeName())) {
          Node value = n.getAttributes().getNamedItem("value");
          if (value == null) {
            return 0;
          }
          double millimetresPerPixel = Double.parseDouble(value.getNodeValue());
          long dpi = millimetresPerPixel > 0 ? Math.round(25.4 / millimetresPerPixel) : 0;
          // Reject nonsense (e.g. 1 dpi defaults written by some scanners).
          return dpi >= 50 && dpi <= 1200 ? (int) dpi : 0;
        }
      }
    }
    return 0;
  }
}
