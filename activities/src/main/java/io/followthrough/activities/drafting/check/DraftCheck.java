package io.followthrough.activities.drafting.check;

import io.followthrough.activities.drafting.purpose.PreparedDraft;
import io.followthrough.activities.drafting.purpose.PurposeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks every drafted body passes before it is returned: not blank, within the channel's
 * length, no unfilled placeholder, the self-schedule link verbatim, no link, address, number or
 * name that is not among the facts, and the expected language. Pragmatic, not a proof: a made-up
 * word slips through, a made-up number, date, link, address or doctor does not.
 */
public final class DraftCheck {
  private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s<>\"')\\]]+");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{|}}|\\[[^\\]\\n]{1,40}]|<[A-Za-z _]{1,40}>");
  private static final Pattern TITLED =
      Pattern.compile("\\b(?:Dr|Dra|Doctor|Doctora)\\.?\\s+(\\p{Lu}[\\p{L}'’-]+)");
  private static final Pattern GREETING =
      Pattern.compile(
          "^\\s*(?:Hi|Hello|Dear|Hola|Estimad[oa](?:/a)?)\\s+(\\p{Lu}[\\p{L}'’-]+)",
          Pattern.MULTILINE);

  private DraftCheck() {}

  /** Every problem of {@code body} as a draft for {@code draft}; empty when it may be sent. */
  public static List<Problem> problems(String body, PreparedDraft draft) {
    List<Problem> out = new ArrayList<>();
    if (body == null || body.isBlank()) {
      out.add(new Problem("blank", "the body is empty"));
      return out;
    }
    int max = draft.channel().maxBodyLength();
    if (body.length() > max) {
      out.add(
          new Problem(
              "too-long",
              "the body has %d characters; %s allows at most %d"
                  .formatted(body.length(), draft.channel(), max)));
    }
    Matcher placeholder = PLACEHOLDER.matcher(body);
    if (placeholder.find()) {
      out.add(
          new Problem("placeholder", "the body contains a placeholder: " + placeholder.group()));
    }
    String link = draft.variables().get(PurposeSpec.LINK);
    if (draft.linkRequired() && !body.contains(link)) {
      out.add(new Problem("missing-link", "the body must contain the link exactly: " + link));
    }
    String rest = link == null ? body : body.replace(link, " ");
    Matcher url = URL.matcher(rest);
    while (url.find()) {
      out.add(new Problem("unknown-link", "the body contains a link not given: " + url.group()));
    }
    Set<String> values = new HashSet<>(draft.variables().values());
    values.addAll(draft.readable().values());
    String allValues = String.join("\n", values);
    Matcher email = EMAIL.matcher(rest);
    while (email.find()) {
      if (!allValues.contains(email.group())) {
        out.add(
            new Problem(
                "unknown-contact", "the body contains an address not given: " + email.group()));
      }
    }
    Set<String> numbers = new HashSet<>();
    DIGITS.matcher(allValues).results().forEach(m -> numbers.add(number(m.group())));
    Matcher digits = DIGITS.matcher(rest);
    while (digits.find()) {
      if (!numbers.contains(number(digits.group()))) {
        out.add(
            new Problem(
                "unknown-number",
                "the body states the number " + digits.group() + ", which is not in the facts"));
      }
    }
    Set<String> words = new HashSet<>();
    for (String v : values) {
      Stream.of(v.toLowerCase(Locale.ROOT).split("[^\\p{L}'’-]+")).forEach(words::add);
    }
    for (Pattern p : List.of(TITLED, GREETING)) {
      Matcher name = p.matcher(body);
      while (name.find()) {
        if (!words.contains(name.group(1).toLowerCase(Locale.ROOT))) {
          out.add(
              new Problem(
                  "unknown-name", "the body names " + name.group(1) + ", who is not in the facts"));
        }
      }
    }
    if (!LanguageCheck.matches(body, draft.language())) {
      out.add(
          new Problem(
              "wrong-language", "the body must be written in language " + draft.language()));
    }
    return out;
  }

  private static String number(String digits) {
    String stripped = digits.replaceFirst("^0+", "");
    return stripped.isEmpty() ? "0" : stripped;
  }
}
