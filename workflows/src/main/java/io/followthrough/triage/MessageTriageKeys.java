package io.followthrough.triage;

import io.followthrough.channels.InboundMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Business keys of triaged messages: no PHI, the same message delivered twice gets one key. */
public final class MessageTriageKeys {
  private MessageTriageKeys() {}

  /**
   * {@code <channel>-<16 hex>}: the channel and a SHA-256 prefix of channel, sender ref and arrival
   * time, e.g. {@code sms-3f2a9c0b1d4e5f60}.
   */
  public static String key(InboundMessage message) {
    String basis =
        message.channel()
            + "|"
            + message.fromRef()
            + "|"
            + (message.receivedAt() == null ? "" : message.receivedAt().toEpochMilli());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
      return message.channel().name().toLowerCase(Locale.ROOT)
          + "-"
          + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The workflow id of the triage of {@code message}. */
  public static String workflowId(InboundMessage message) {
    return MessageTriageWorkflow.workflowId(key(message));
  }
}
