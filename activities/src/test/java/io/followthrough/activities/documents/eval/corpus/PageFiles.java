package io.followthrough.activities.documents.eval.corpus;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes generated pages as a multi-page CCITT G4 TIFF or as a PDF with a text layer. */
final class PageFiles {
  private PageFiles() {}

  static void writeTiff(List<BufferedImage> pages, int dpiY, Path file) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("TIFF").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (BufferedImage page : pages) {
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("CCITT T.6");
        IIOMetadata meta =
            writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        IIOMetadataNode dim = new IIOMetadataNode("Dimension");
        IIOMetadataNode hps = new IIOMetadataNode("HorizontalPixelSize");
        hps.setAttribute("value", String.valueOf(25.4 / 204));
        IIOMetadataNode vps = new IIOMetadataNode("VerticalPixelSize");
        vps.setAttribute("value", String.valueOf(25.4 / dpiY));
        dim.appendChild(hps);
        dim.appendChild(vps);
        root.appendChild(dim);
        meta.mergeTree("javax_imageio_1.0", root);
        writer.writeToSequence(new IIOImage(page, null, meta), param);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
  }

  static void writeTextPdf(List<List<String>> pages, Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = 720;
          for (String line : lines) {
            String[] cols = line.split(" {3,}", 2);
            text(cs, font, 60, y, cols[0]);
            if (cols.length > 1) {
              text(cs, font, 330, y, cols[1]);
            }
            y -= 18;
          }
        }
      }
      doc.save(file.toFile());
    }
  }

  private static void text(PDPageContentStream cs, PDType1Font font, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, 11);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }
}
