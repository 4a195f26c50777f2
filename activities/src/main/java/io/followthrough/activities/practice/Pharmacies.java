package io.followthrough.activities.practice;

import io.followthrough.channels.Channel;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's pharmacies ({@code pharm-01} to {@code pharm-03}), reached by fax and phone with
 * fictional numbers in the 555-07xx block. Refill requests tell them the prescriber's decision.
 */
public final class Pharmacies {
  static final String PREFIX = "pharm-";

  /** One pharmacy. */
  public record Pharmacy(String ref, String name, String fax, String phone) {}

  /** All sandbox pharmacies. */
  public static final List<Pharmacy> ALL =
      List.of(
          new Pharmacy("pharm-01", "Main Street Pharmacy", "+13125550701", "+13125550711"),
          new Pharmacy("pharm-02", "Riverside Drugs", "+13125550702", "+13125550712"),
          new Pharmacy("pharm-03", "Farmacia Central", "+13125550703", "+13125550713"));

  private Pharmacies() {}

  static boolean handles(String ref) {
    return ref.startsWith(PREFIX);
  }

  static Optional<String> address(String ref, Channel channel) {
    return ALL.stream()
        .filter(p -> p.ref().equals(ref))
        .findFirst()
        .map(
            p ->
                switch (channel) {
                  case FAX -> p.fax();
                  case VOICE -> p.phone();
                  default -> null;
                });
  }
}
