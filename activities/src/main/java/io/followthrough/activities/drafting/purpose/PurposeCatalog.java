package io.followthrough.activities.drafting.purpose;

import io.followthrough.activities.drafting.BundledText;
import io.followthrough.activities.drafting.PipeTable;
import io.followthrough.channels.Channel;
import io.followthrough.drafting.Audience;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The purposes drafting knows, read from the bundled {@code purposes.txt}. */
public final class PurposeCatalog {
  private static final PurposeCatalog BUNDLED = parse(BundledText.read("purposes.txt"));

  private final Map<String, PurposeSpec> purposes;

  private PurposeCatalog(Map<String, PurposeSpec> purposes) {
    this.purposes = purposes;
  }

  /** The catalog shipped with the activities. */
  public static PurposeCatalog bundled() {
    return BUNDLED;
  }

  static PurposeCatalog parse(String text) {
    Map<String, PurposeSpec> out = new LinkedHashMap<>();
    for (List<String> row : PipeTable.parse(text, 6, "purposes.txt")) {
      Set<Channel> channels =
          PipeTable.words(row.get(2)).stream().map(Channel::valueOf).collect(Collectors.toSet());
      PurposeSpec spec =
          new PurposeSpec(
              row.get(0),
              Audience.valueOf(row.get(1)),
              channels,
              PipeTable.words(row.get(3)),
              PipeTable.words(row.get(4)),
              Integer.parseInt(row.get(5)));
      for (String fact : spec.allFacts()) {
        if (!FactRules.known(fact)) {
          throw new IllegalStateException("purposes.txt: unknown fact " + fact);
        }
      }
      out.put(spec.purpose(), spec);
    }
    return new PurposeCatalog(Map.copyOf(out));
  }

  public Optional<PurposeSpec> find(String purpose) {
    return Optional.ofNullable(purpose).map(purposes::get);
  }

  /** Every purpose, in no particular order. */
  public List<PurposeSpec> all() {
    return List.copyOf(purposes.values());
  }
}
