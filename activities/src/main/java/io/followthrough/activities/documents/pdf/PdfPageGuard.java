package io.followthrough.activities.documents.pdf;

import io.followthrough.activities.documents.DocumentRejectedException;
import io.followthrough.activities.documents.DocumentRejectedException.Reason;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Refuses pages whose embedded images declare more pixels than allowed, before PDFBox decodes them:
 * a small PDF can hold an image stream that inflates to gigabytes.
 */
final class PdfPageGuard {

  private final long maxPixels;

  PdfPageGuard(long maxPixels) {
    this.maxPixels = maxPixels;
  }

  void checkImages(PDPage page, int pageNumber) throws IOException, DocumentRejectedException {
    PDResources resources = page.getResources();
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject image
          && (long) image.getWidth() * image.getHeight() > maxPixels) {
        throw new DocumentRejectedException(
            Reason.TOO_LARGE,
            "Page "
                + pageNumber
                + " holds an image of "
                + image.getWidth()
                + "x"
                + image.getHeight()
                + " pixels; the limit is "
                + maxPixels);
      }
    }
  }
}
