package io.followthrough.activities.drafting.purpose;

import io.followthrough.activities.drafting.DraftingFailures;
import io.followthrough.channels.Channel;
import io.followthrough.drafting.DraftRequest;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link DraftRequest} checked against its purpose: the facts it may use (others dropped), in the
 * shapes templates and prompts read. Both providers draft from this, so they see the same facts.
 *
 * @param spec the purpose
 * @param channel the channel
 * @param language the language to write in (the requested one if supported, else {@code en})
 * @param variables the given facts the purpose uses, as given (for the channel's record)
 * @param context template context: readable facts plus one boolean per close-the-loop status and
 *     {@code missing_items} as a list
 * @param readable the facts as a person (or a model) reads them, e.g. {@code appointment} as
 *     "Tuesday, November 24 at 9:30 AM"
 */
public record PreparedDraft(
    PurposeSpec spec,
    Channel channel,
    String language,
    Map<String, String> variables,
    Map<String, Object> context,
    Map<String, String> readable) {

  private static final int MAX_FACT_LENGTH = 200;

  /**
   * Checks {@code request}; INVALID_INPUT (naming facts, never values) when it cannot be drafted.
   */
  public static PreparedDraft of(DraftRequest request, PurposeCatalog catalog) {
    if (request == null) {
      throw DraftingFailures.invalidInput("draft request is required");
    }
    PurposeSpec spec =
        catalog
            .find(request.purpose())
            .orElseThrow(() -> DraftingFailures.invalidInput(unknownPurpose(request.purpose())));
    if (request.audience() != spec.audience()) {
      throw DraftingFailures.invalidInput(
          spec.purpose() + " is written for " + spec.audience() + ", not " + request.audience());
    }
    Channel channel = request.channel();
    if (channel == null || !spec.channels().contains(channel)) {
      throw DraftingFailures.invalidInput(spec.purpose() + " has no template for " + channel);
    }
    Map<String, String> given = new LinkedHashMap<>();
    for (String fact : spec.allFacts()) {
      String value = request.facts().get(fact);
      if (value != null && !value.isBlank()) {
        given.put(fact, value.strip());
      }
    }
    List<String> missing = new ArrayList<>();
    for (String fact : spec.requiredFor(channel)) {
      if (!given.containsKey(fact)) {
        missing.add(fact);
      }
    }
    String status = given.get("status");
    if (("scheduled".equals(status) || "seen".equals(status))
        && !given.containsKey("appointment_at")) {
      missing.add("appointment_at");
    }
    if (!missing.isEmpty()) {
      throw DraftingFailures.invalidInput(
          spec.purpose() + " needs facts: " + String.join(", ", missing));
    }
    for (Map.Entry<String, String> f : given.entrySet()) {
      if (f.getValue().length() > MAX_FACT_LENGTH) {
        throw DraftingFailures.invalidInput(
            "fact " + f.getKey() + " is longer than " + MAX_FACT_LENGTH + " characters");
      }
      if (!FactRules.valid(f.getKey(), f.getValue())) {
        throw DraftingFailures.invalidInput("fact " + f.getKey() + " has an unexpected format");
      }
    }
    String language = Languages.resolve(request.language());
    Labels labels = Labels.of(language);
    Map<String, Object> context = new LinkedHashMap<>();
    Map<String, String> readable = new LinkedHashMap<>();
    for (Map.Entry<String, String> f : given.entrySet()) {
      String v = f.getValue();
      switch (f.getKey()) {
        case "specialty" -> put(context, readable, "specialty", labels.specialty(v));
        case "decline_reason" -> put(context, readable, "decline_reason", labels.declineReason(v));
        case "patient_dob" ->
            put(context, readable, "patient_dob", labels.birthDate(LocalDate.parse(v)));
        case "appointment_at" -> {
          Temporal at = FactRules.appointment(v).orElseThrow();
          put(context, readable, "appointment_when", labels.when(at));
        }
        case "missing" -> {
          List<String> items =
              Arrays.stream(v.split(",")).map(String::strip).map(labels::field).toList();
          context.put("missing_items", items);
          readable.put("missing_items", String.join("; ", items));
        }
        case "status" -> {
          context.put(v, Boolean.TRUE);
          readable.put("status", v);
        }
        case "refill_decision" -> {
          context.put("refill_" + v.replace('-', '_'), Boolean.TRUE);
          readable.put("refill_decision", v);
        }
        case "document_kind" -> {
          context.put(v, Boolean.TRUE);
          readable.put("document_kind", v);
        }
        default -> put(context, readable, f.getKey(), v);
      }
    }
    return new PreparedDraft(
        spec,
        channel,
        language,
        Collections.unmodifiableMap(given),
        Collections.unmodifiableMap(context),
        Collections.unmodifiableMap(readable));
  }

  /** The approved template's id. */
  public String templateId() {
    return spec.templateId(channel);
  }

  /** Whether the body must carry the self-schedule link verbatim. */
  public boolean linkRequired() {
    return channel != Channel.VOICE && variables.containsKey(PurposeSpec.LINK);
  }

  private static void put(
      Map<String, Object> context, Map<String, String> readable, String key, String value) {
    context.put(key, value);
    readable.put(key, value);
  }

  private static String unknownPurpose(String purpose) {
    return purpose != null && purpose.matches("[a-z][a-z0-9-]{0,59}")
        ? "unknown purpose " + purpose
        : "unknown purpose";
  }

  @Override
  public String toString() {
    return "PreparedDraft["
        + templateId()
        + ", "
        + language
        + ", facts="
        + variables.keySet()
        + "]";
  }
}
