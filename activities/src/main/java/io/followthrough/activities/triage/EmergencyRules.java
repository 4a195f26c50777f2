package io.followthrough.activities.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Emergency wording (English and Spanish) and refill requests, as bundled regular expressions
 * ({@code emergency-rules.txt}, {@code refill-rules.txt}) over normalized text. Any emergency match
 * wins over every other signal.
 */
public final class EmergencyRules {

  private record Rule(String code, Pattern pattern) {}

  private final List<Rule> emergency;
  private final List<Pattern> refill;

  private EmergencyRules(List<Rule> emergency, List<Pattern> refill) {
    this.emergency = List.copyOf(emergency);
    this.refill = List.copyOf(refill);
  }

  /** The bundled rules. */
  public static EmergencyRules bundled() {
    List<Rule> rules = new ArrayList<>();
    for (String line :
        TriageText.lines("/io/followthrough/activities/triage/emergency-rules.txt")) {
      int bar = line.indexOf('|');
      rules.add(new Rule(line.substring(0, bar), Pattern.compile(line.substring(bar + 1))));
    }
    List<Pattern> refills = new ArrayList<>();
    for (String line : TriageText.lines("/io/followthrough/activities/triage/refill-rules.txt")) {
      refills.add(Pattern.compile("\\b" + line));
    }
    return new EmergencyRules(rules, refills);
  }

  /** The code of the first emergency rule the normalized text matches (e.g. {@code chest-pain}). */
  public Optional<String> emergency(String normalized) {
    for (Rule r : emergency) {
      if (r.pattern().matcher(normalized).find()) {
        return Optional.of(r.code());
      }
    }
    return Optional.empty();
  }

  /** Whether the normalized text asks for a refill. */
  public boolean refill(String normalized) {
    return refill.stream().anyMatch(p -> p.matcher(normalized).find());
  }
}
