package io.followthrough.activities.ai.extract;

import java.util.regex.Pattern;

/** Form sections that give generic labels ("Phone", "Name") their meaning. */
public enum Section {
  ANY(null),
  PATIENT("(?i)^\\W*(patient|member|pt\\.?)\\s*(information|info|demographics|details)?\\W*$"),
  REFERRING(
      "(?i)^\\W*(referring|referred\\s+by|ordering|sending|from)\\s*(provider|physician|practice|office|clinician)?\\s*(information|info|details)?\\W*$"),
  RECEIVING(
      "(?i)^\\W*(refer(red|ring)?\\s+to|receiving|consultant|specialist|to)\\s*(provider|physician|practice|office)?\\s*(information|info|details)?\\W*$"),
  INSURANCE("(?i)^\\W*(insurance|coverage|payer|payor)\\s*(information|info|details)?\\W*$"),
  CLINICAL(
      "(?i)^\\W*(clinical|reason|diagnosis|referral\\s+details)\\s*(information|info|details|for\\s+referral)?\\W*$");

  private final Pattern heading;

  Section(String heading) {
    this.heading = heading == null ? null : Pattern.compile(heading);
  }

  /** True when {@code line} on its own is this section's heading. */
  public boolean isHeading(String line) {
    return heading != null && heading.matcher(line.trim()).matches();
  }
}
