package io.followthrough.activities.ai.extract;

import io.followthrough.activities.ai.DocumentType;
import io.followthrough.activities.ai.Evidence;
import io.followthrough.activities.ai.FieldValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Runs the same normalisation and validators as the offline extractor on a value that came from
 * elsewhere (a hosted model), so both providers are held to one standard.
 */
public final class FieldChecks {
  private final Clock clock;

  public FieldChecks(Clock clock) {
    this.clock = clock;
  }

  /** The field names allowed for {@code type}. */
  public static List<String> allowedFields(DocumentType type) {
    return FieldCatalog.fieldsOf(type).stream().map(FieldSpec::name).toList();
  }

  /**
   * Checks {@code raw} as field {@code name} of {@code type}; empty when the name is not allowed
   * for the type or no value of the field's kind is in {@code raw}.
   */
  public Optional<FieldValue> check(
      DocumentType type, String name, String raw, double confidence, Evidence evidence) {
    Optional<FieldSpec> spec =
        FieldCatalog.fieldsOf(type).stream().filter(s -> s.name().equals(name)).findFirst();
    if (spec.isEmpty() || raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    return new ValueParser(LocalDate.now(clock))
        .parse(spec.get().kind(), raw)
        .map(
            v ->
                new FieldValue(
                    name,
                    v.value(),
                    v.valid() ? Math.min(confidence, v.confidence()) : Math.min(0.3, confidence),
                    evidence,
                    v.valid(),
                    v.check()));
  }
}
