package io.followthrough.activities.drafting.local;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.followthrough.activities.drafting.BundledText;
import io.followthrough.activities.drafting.purpose.PreparedDraft;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders {@code templates/<language>/<purpose>.<channel>.mustache} (Mustache, no HTML escaping;
 * partials {@code {{> name}}} come from {@code _name.mustache} of the same language). A variable
 * the context lacks is an error, never an empty gap.
 */
final class TemplateRenderer {
  private final Map<String, Optional<Template>> templates = new ConcurrentHashMap<>();

  /** The body for {@code draft} in its language, if that language has the template. */
  Optional<String> render(PreparedDraft draft) {
    String name = draft.spec().purpose() + "." + draft.channel().name().toLowerCase(Locale.ROOT);
    return templates
        .computeIfAbsent(draft.language() + "/" + name, TemplateRenderer::compile)
        .map(t -> tidy(t.execute(draft.context())));
  }

  private static Optional<Template> compile(String path) {
    String language = path.substring(0, path.indexOf('/'));
    Mustache.Compiler compiler =
        Mustache.compiler()
            .escapeHTML(false)
            .emptyStringIsFalse(true)
            .withLoader(
                partial ->
                    new StringReader(
                        BundledText.read("templates/" + language + "/_" + partial + ".mustache")));
    return BundledText.find("templates/" + path + ".mustache").map(compiler::compile);
  }

  /** No trailing spaces, at most one blank line in a row, no blank ends. */
  static String tidy(String text) {
    return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }
}
