package io.followthrough.activities.documents;

/**
 * Limits and knobs of {@link OcrDocumentReader}. Build from {@link #defaults()} and the {@code
 * with...} methods.
 *
 * @param maxPages more pages than this rejects the file as {@code TOO_MANY_PAGES} (default 200)
 * @param maxFileBytes a larger file is rejected as {@code TOO_LARGE} (default 256 MiB)
 * @param maxPagePixels a page image with more pixels (width x height, read from the header before
 *     decoding) is rejected as {@code TOO_LARGE} (default 60 million: a letter page at 600 dpi is
 *     34 million)
 * @param renderDpi resolution for rendering PDF pages that have no text layer (default 300)
 * @param minTextLayerChars a PDF page whose text layer has fewer letters and digits is OCRed
 *     instead (default 20)
 * @param ocrThreads how many Tesseract instances may run at once (default: available processors)
 */
public record DocumentReaderSettings(
    int maxPages,
    long maxFileBytes,
    long maxPagePixels,
    int renderDpi,
    int minTextLayerChars,
    int ocrThreads) {

  public DocumentReaderSettings {
    if (maxPages < 1 || maxFileBytes < 1 || maxPagePixels < 1 || ocrThreads < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (renderDpi < 72 || renderDpi > 600) {
      throw new IllegalArgumentException("renderDpi must be within 72..600");
    }
  }

  public static DocumentReaderSettings defaults() {
    return new DocumentReaderSettings(
        200, 256L << 20, 60_000_000L, 300, 20, Runtime.getRuntime().availableProcessors());
  }

  public DocumentReaderSettings withMaxPages(int value) {
    return new DocumentReaderSettings(
        value, maxFileBytes, maxPagePixels, renderDpi, minTextLayerChars, ocrThreads);
  }

  public DocumentReaderSettings withMaxFileBytes(long value) {
    return new DocumentReaderSettings(
        maxPages, value, maxPagePixels, renderDpi, minTextLayerChars, ocrThreads);
  }

  public DocumentReaderSettings withMaxPagePixels(long value) {
    return new DocumentReaderSettings(
        maxPages, maxFileBytes, value, renderDpi, minTextLayerChars, ocrThreads);
  }

  public DocumentReaderSettings withRenderDpi(int value) {
    return new DocumentReaderSettings(
        maxPages, maxFileBytes, maxPagePixels, value, minTextLayerChars, ocrThreads);
  }

  public DocumentReaderSettings withMinTextLayerChars(int value) {
    return new DocumentReaderSettings(
        maxPages, maxFileBytes, maxPagePixels, renderDpi, value, ocrThreads);
  }

  public DocumentReaderSettings withOcrThreads(int value) {
    return new DocumentReaderSettings(
        maxPages, maxFileBytes, maxPagePixels, renderDpi, minTextLayerChars, value);
  }
}
