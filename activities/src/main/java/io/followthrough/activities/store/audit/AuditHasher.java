package io.followthrough.activities.store.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The chain hash: SHA-256 over the row's canonical content followed by the previous row's hash.
 * Canonical content is every column, each as {@code <length>:<value>;}, so no two different rows
 * share an encoding.
 */
final class AuditHasher {

  /** The previous hash of the first row. */
  static final String GENESIS = "0".repeat(64);

  private AuditHasher() {}

  static String hash(long seq, AuditEntry entry, Instant occurredAt, String prevHash) {
    StringBuilder canonical = new StringBuilder();
    field(canonical, Long.toString(seq));
    field(canonical, entry.actor());
    field(canonical, entry.role().code());
    field(canonical, entry.action());
    field(canonical, entry.recordRef());
    field(canonical, entry.purpose());
    field(canonical, occurredAt.toString());
    field(canonical, prevHash);
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static void field(StringBuilder out, String value) {
    out.append(value.length()).append(':').append(value).append(';');
  }
}
