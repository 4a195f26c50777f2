package io.followthrough.workers.codec;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256 keys by id: one active key encrypts, every key decrypts (old keys stay after a rotation
 * so earlier payloads and documents still open).
 *
 * <p>The text form is {@code id:base64key} entries separated by commas or new lines, the active key
 * first; blank lines and lines starting with {@code #} are ignored.
 */
public final class KeyRing {
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final int KEY_BYTES = 32;

  private final String activeKeyId;
  private final Map<String, SecretKey> keys;
  private final String source;
  private final boolean devKey;

  private KeyRing(String activeKeyId, Map<String, SecretKey> keys, String source, boolean devKey) {
    this.activeKeyId = activeKeyId;
    this.keys = Collections.unmodifiableMap(keys);
    this.source = source;
    this.devKey = devKey;
  }

  /**
   * Parses {@code k2:base64,k1:base64}; {@code source} names where the text came from, for error
   * messages (it is never key material).
   */
  public static KeyRing parse(String text, String source) {
    return parse(text, source, false);
  }

  static KeyRing parse(String text, String source, boolean devKey) {
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    String first = null;
    List<String> entries = new ArrayList<>();
    for (String row : text.split("\\R")) {
      if (!row.strip().startsWith("#")) {
        entries.addAll(List.of(row.split(",")));
      }
    }
    for (String entry : entries) {
      String line = entry.strip();
      if (line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new CodecKeyException(
            "Malformed payload key in " + source + ": expected <key-id>:<base64 32-byte key>");
      }
      String id = line.substring(0, colon).strip();
      if (!KEY_ID.matcher(id).matches()) {
        throw new CodecKeyException(
            "Malformed payload key id in " + source + ": use 1-64 of A-Z a-z 0-9 . _ -");
      }
      byte[] raw;
      try {
        raw = Base64.getDecoder().decode(line.substring(colon + 1).strip());
      } catch (IllegalArgumentException e) {
        throw new CodecKeyException("Payload key '" + id + "' in " + source + " is not base64");
      }
      if (raw.length != KEY_BYTES) {
        throw new CodecKeyException(
            "Payload key '"
                + id
                + "' in "
                + source
                + " must be 32 bytes (AES-256), got "
                + raw.length);
      }
      if (keys.putIfAbsent(id, new SecretKeySpec(raw, "AES")) != null) {
        throw new CodecKeyException("Payload key id '" + id + "' appears twice in " + source);
      }
      if (first == null) {
        first = id;
      }
    }
    if (first == null) {
      throw new CodecKeyException("No payload key found in " + source);
    }
    return new KeyRing(first, keys, source, devKey);
  }

  /** A fresh random key in the text form {@code id:base64}, for key files and rotation. */
  public static String newKeyLine(String keyId) {
    if (!KEY_ID.matcher(keyId).matches()) {
      throw new IllegalArgumentException("key id must be 1-64 of A-Z a-z 0-9 . _ -");
    }
    byte[] raw = new byte[KEY_BYTES];
    AesGcm.RANDOM.nextBytes(raw);
    return keyId + ":" + Base64.getEncoder().encodeToString(raw);
  }

  /** The id of the key that encrypts new data. */
  public String activeKeyId() {
    return activeKeyId;
  }

  /** Where the keys came from (an env var name or file path), never key material. */
  public String source() {
    return source;
  }

  /** True when the ring came from the generated development key file. */
  public boolean isDevKey() {
    return devKey;
  }

  /** The key with this id, if the ring holds it. */
  Optional<SecretKey> key(String keyId) {
    return Optional.ofNullable(keys.get(keyId));
  }

  SecretKey activeKey() {
    return keys.get(activeKeyId);
  }

  /**
   * Encrypts a blob (e.g. a document at rest) with the active key. The result names its key id, so
   * {@link #open} works after rotation.
   */
  public byte[] seal(byte[] plaintext) {
    return BlobFrame.seal(this, plaintext);
  }

  /**
   * Decrypts a blob made by {@link #seal}.
   *
   * @throws CodecKeyException if the key id is not in this ring or the blob was altered
   */
  public byte[] open(byte[] sealed) {
    try {
      return BlobFrame.open(this, sealed);
    } catch (GeneralSecurityException e) {
      throw new CodecKeyException(
          "Sealed data failed authentication (altered, truncated or wrong key)");
    }
  }

  @Override
  public String toString() {
    return "KeyRing[active=" + activeKeyId + ", keys=" + keys.keySet() + ", source=" + source + "]";
  }
}
