package io.followthrough.activities.drafting.purpose;

import java.util.List;
import java.util.Locale;

/** The languages drafts are written in; anything else falls back to English. */
public final class Languages {
  /** Languages with templates, labels and a language check. */
  public static final List<String> SUPPORTED = List.of("en", "es");

  /** The fallback language. */
  public static final String DEFAULT = "en";

  private Languages() {}

  /** {@code es-MX} → {@code es}; an unsupported or missing tag → {@code en}. */
  public static String resolve(String tag) {
    if (tag == null || tag.isBlank()) {
      return DEFAULT;
    }
    String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return SUPPORTED.contains(primary) ? primary : DEFAULT;
  }
}
