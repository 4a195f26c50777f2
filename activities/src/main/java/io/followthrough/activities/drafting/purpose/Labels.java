package io.followthrough.activities.drafting.purpose;

import io.followthrough.activities.drafting.BundledText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Readable words for codes (specialties, missing fields, decline reasons) and date formats, per
 * language, from {@code labels/<language>.properties}. A code without a label reads as itself with
 * {@code _} and {@code -} as spaces.
 */
public final class Labels {
  private static final Map<String, Labels> CACHE = new ConcurrentHashMap<>();

  private final Properties labels;
  private final Locale locale;

  private Labels(Properties labels, Locale locale) {
    this.labels = labels;
    this.locale = locale;
  }

  /** Labels of a supported language (see {@link Languages}). */
  public static Labels of(String language) {
    return CACHE.computeIfAbsent(language, Labels::load);
  }

  private static Labels load(String language) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(BundledText.read("labels/" + language + ".properties")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Labels(p, Locale.forLanguageTag(language));
  }

  public String specialty(String code) {
    return label("specialty.", code);
  }

  /** A missing-field or missing-document code, e.g. {@code member_id}. */
  public String field(String code) {
    return label("field.", code);
  }

  public String declineReason(String code) {
    return label("decline.", code);
  }

  /** An appointment: date and time, or the date alone when no time was given. */
  public String when(Temporal at) {
    if (at instanceof LocalDateTime t) {
      return DateTimeFormatter.ofPattern(labels.getProperty("format.when"), locale).format(t);
    }
    return date((LocalDate) at);
  }

  /** A day, e.g. {@code Tuesday, November 24}. */
  public String date(LocalDate day) {
    return DateTimeFormatter.ofPattern(labels.getProperty("format.date"), locale).format(day);
  }

  /** A date of birth in the language's numeric form. */
  public String birthDate(LocalDate day) {
    return DateTimeFormatter.ofPattern(labels.getProperty("format.dob"), locale).format(day);
  }

  private String label(String prefix, String code) {
    String key = code.strip();
    String found = labels.getProperty(prefix + key);
    return found != null ? found : key.replace('_', ' ').replace('-', ' ');
  }
}
