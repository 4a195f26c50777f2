package io.followthrough.activities.drafting.llm;

import io.followthrough.activities.drafting.BundledText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hosted model's prompts, versioned resources under {@code prompts/v<VERSION>/}. A change to
 * any prompt is a new version folder, so provenance names exactly the words a model was given.
 */
final class Prompts {
  /** The prompt set in use. */
  static final int VERSION = 1;

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{([a-z_]+)}}");

  private Prompts() {}

  /** The provenance code of prompt {@code name}, e.g. {@code draft@1}. */
  static String version(String name) {
    return name + "@" + VERSION;
  }

  /** Prompt {@code file} with every {@code {{variable}}} filled in one pass. */
  static String render(String file, Map<String, String> values) {
    return fill(text(file), values);
  }

  /**
   * Replaces each {@code {{variable}}} once; a value is inserted literally (braces inside values
   * are never expanded), and a variable without a value is a programming error.
   */
  static String fill(String template, Map<String, String> values) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("prompt variable without a value: " + m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** One entry of a {@code .properties} prompt file. */
  static String entry(String file, String key) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalStateException("no entry " + key + " in prompt file " + file);
    }
    return v;
  }

  private static String text(String file) {
    return BundledText.read("prompts/v" + VERSION + "/" + file);
  }
}
