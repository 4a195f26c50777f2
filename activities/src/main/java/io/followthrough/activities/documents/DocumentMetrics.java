package io.followthrough.activities.documents;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;

/**
 * Document reading metrics: pages read by text source (OCR or the PDF text layer), rejected files
 * by reason, and read time by format. Labels are enum codes; never file names or content.
 */
public final class DocumentMetrics {

  private final MeterRegistry registry;

  public DocumentMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Metrics into Micrometer's global registry, which the worker app joins to /prometheus. */
  public static DocumentMetrics global() {
    return new DocumentMetrics(Metrics.globalRegistry);
  }

  void read(DocumentFormat format, ReadDocument document, long nanos) {
    for (PageText page : document.pages()) {
      Counter.builder("followthrough.document.pages")
          .description("Document pages read, by where their text came from")
          .tag("source", code(page.source()))
          .register(registry)
          .increment();
    }
    Timer.builder("followthrough.document.read")
        .description("Time to read one document (text layer and OCR)")
        .tag("format", code(format))
        .register(registry)
        .record(java.time.Duration.ofNanos(nanos));
  }

  void rejected(DocumentRejectedException.Reason reason) {
    Counter.builder("followthrough.documents.rejected")
        .description("Files rejected by the document reader")
        .tag("reason", code(reason))
        .register(registry)
        .increment();
  }

  private static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
