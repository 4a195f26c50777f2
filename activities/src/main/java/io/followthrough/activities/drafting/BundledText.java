package io.followthrough.activities.drafting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Text resources shipped under {@code io/followthrough/activities/drafting/}. */
public final class BundledText {
  private static final String ROOT = "/io/followthrough/activities/drafting/";

  private BundledText() {}

  /** The resource at {@code path} (relative to the drafting folder); it must exist. */
  public static String read(String path) {
    return find(path)
        .orElseThrow(() -> new IllegalStateException("drafting resource missing: " + path));
  }

  /** The resource at {@code path}, if it exists. */
  public static Optional<String> find(String path) {
    try (InputStream in = BundledText.class.getResourceAsStream(ROOT + path)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read drafting resource " + path, e);
    }
  }
}
