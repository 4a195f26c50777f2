package io.followthrough.sdk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link HumanTask} asks and of whom, and where it goes when nobody answers. Immutable;
 * every {@code with...} returns a copy.
 *
 * <pre>{@code
 * HumanTaskSpec.forRole("supervisor", "provider-no-ack")
 *     .withContext("resultId", resultId)
 *     .withEscalation(Duration.ofHours(24), "medical-director");
 * }</pre>
 */
public final class HumanTaskSpec {

  /** Priority of a task unless {@link #withPriority} says otherwise. */
  public static final int DEFAULT_PRIORITY = 3;

  private final String role;
  private final String reason;
  private final Map<String, String> context;
  private final Duration escalateAfter;
  private final List<String> escalationRoles;
  private final int priority;
  private final String contextRef;

  private HumanTaskSpec(
      String role,
      String reason,
      Map<String, String> context,
      Duration escalateAfter,
      List<String> escalationRoles,
      int priority,
      String contextRef) {
    this.role = requireCode(role, "role");
    this.reason = requireCode(reason, "reason");
    // Insertion order survives (Map.copyOf would iterate in a per-JVM order).
    this.context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
    this.escalateAfter = escalateAfter;
    this.escalationRoles = List.copyOf(escalationRoles);
    this.priority = priority;
    this.contextRef = contextRef;
  }

  /** A task for {@code role}, opened because of {@code reason} (a short non-PHI code). */
  public static HumanTaskSpec forRole(String role, String reason) {
    return new HumanTaskSpec(role, reason, Map.of(), null, List.of(), DEFAULT_PRIORITY, null);
  }

  /** Adds a non-PHI reference the person needs, e.g. a result id. */
  public HumanTaskSpec withContext(String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(context);
    copy.put(requireCode(key, "context key"), Objects.requireNonNull(value, "context value"));
    return new HumanTaskSpec(
        role, reason, copy, escalateAfter, escalationRoles, priority, contextRef);
  }

  /**
   * The task's place in the work queue: 1 (most urgent) to 5; default {@value #DEFAULT_PRIORITY}.
   */
  public HumanTaskSpec withPriority(int value) {
    if (value < 1 || value > 5) {
      throw new IllegalArgumentException("priority must be 1..5");
    }
    return new HumanTaskSpec(
        role, reason, context, escalateAfter, escalationRoles, value, contextRef);
  }

  /**
   * An opaque, non-PHI reference the work queue keeps with the task so the console can show its
   * context, e.g. {@code document:<id>}; default none.
   */
  public HumanTaskSpec withContextRef(String ref) {
    return new HumanTaskSpec(
        role,
        reason,
        context,
        escalateAfter,
        escalationRoles,
        priority,
        requireCode(ref, "context reference"));
  }

  /**
   * When nobody answers within {@code after}, the task is reassigned to the next of {@code roles},
   * one after another. The last role's task has no deadline. Default: no escalation.
   */
  public HumanTaskSpec withEscalation(Duration after, String... roles) {
    if (after == null || after.isNegative() || after.isZero()) {
      throw new IllegalArgumentException("escalation wait must be positive");
    }
    List<String> list = new ArrayList<>();
    for (String r : roles) {
      list.add(requireCode(r, "escalation role"));
    }
    if (list.isEmpty()) {
      throw new IllegalArgumentException("name at least one role to escalate to");
    }
    return new HumanTaskSpec(role, reason, context, after, list, priority, contextRef);
  }

  public String role() {
    return role;
  }

  public String reason() {
    return reason;
  }

  public Map<String, String> context() {
    return context;
  }

  /** Wait before escalating, or null when the task never escalates. */
  public Duration escalateAfter() {
    return escalateAfter;
  }

  public List<String> escalationRoles() {
    return escalationRoles;
  }

  /** 1 (most urgent) to 5. */
  public int priority() {
    return priority;
  }

  /** The work-queue context reference, or null. */
  public String contextRef() {
    return contextRef;
  }

  static String requireCode(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
