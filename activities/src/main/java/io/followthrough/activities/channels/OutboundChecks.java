package io.followthrough.activities.channels;

import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.OutboundMessage;
import java.util.Map;
import java.util.regex.Pattern;

/** Rejects messages that can never be sent, or that would put an address into history. */
final class OutboundChecks {
  static final int MAX_VARIABLES = 20;
  static final int MAX_VALUE_LENGTH = 200;

  /** References look like {@code pt-0007}: a letter first, no '@', '+' or spaces. */
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z][A-Za-z0-9_.:/-]{0,99}");

  private OutboundChecks() {}

  static void validate(OutboundMessage m) {
    if (m == null) {
      throw invalid("message is required");
    }
    if (m.idempotencyKey() == null || m.idempotencyKey().isBlank()) {
      throw invalid("idempotency key is required");
    }
    if (m.channel() == null) {
      throw invalid("channel is required");
    }
    if (m.recipientRef() == null || !REFERENCE.matcher(m.recipientRef()).matches()) {
      throw invalid("recipient must be a reference such as pt-0007, not an address");
    }
    if (m.templateId() == null || m.templateId().isBlank()) {
      throw invalid("template id is required");
    }
    if (m.language() == null || m.language().isBlank()) {
      throw invalid("language is required");
    }
    if (m.variables().size() > MAX_VARIABLES) {
      throw invalid("at most " + MAX_VARIABLES + " template variables");
    }
    for (Map.Entry<String, String> v : m.variables().entrySet()) {
      if (v.getValue() != null && v.getValue().length() > MAX_VALUE_LENGTH) {
        throw invalid("template variable " + v.getKey() + " is longer than " + MAX_VALUE_LENGTH);
      }
    }
    if (m.body() != null) {
      if (m.body().isBlank()) {
        throw invalid("body is blank");
      }
      int max = m.channel().maxBodyLength();
      if (m.body().length() > max) {
        throw invalid(m.channel() + " body is longer than " + max + " characters");
      }
    }
  }

  private static ChannelException invalid(String message) {
    return new ChannelException(ChannelActivities.INVALID_INPUT, message);
  }
}
