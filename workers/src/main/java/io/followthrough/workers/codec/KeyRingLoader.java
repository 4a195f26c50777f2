package io.followthrough.workers.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the payload keys, first match wins: the {@code FOLLOWTHROUGH_CODEC_KEYS} value, configured
 * keys ({@code followthrough.codec.keys}), a key file ({@code FOLLOWTHROUGH_CODEC_KEY_FILE} or
 * {@code followthrough.codec.key-file}), and in dev mode only the generated dev key file {@value
 * #DEV_KEY_FILE} in the working directory (created on first use, shared by every process started
 * from that folder). Outside dev mode a missing key is a {@link CodecKeyException}.
 */
public final class KeyRingLoader {
  public static final String KEYS_ENV = "FOLLOWTHROUGH_CODEC_KEYS";
  public static final String KEY_FILE_ENV = "FOLLOWTHROUGH_CODEC_KEY_FILE";
  public static final String DEV_KEY_FILE = ".followthrough/dev-codec.key";

  private static final Logger log = LoggerFactory.getLogger(KeyRingLoader.class);

  private KeyRingLoader() {}

  /** For a plain CLI: keys from the process environment, dev key relative to the current folder. */
  public static KeyRing fromEnvironment(boolean devMode) {
    return load(System.getenv(), null, null, devMode, Path.of(""));
  }

  /**
   * @param env environment variables (only {@value #KEYS_ENV} and {@value #KEY_FILE_ENV} are read)
   * @param configuredKeys {@code followthrough.codec.keys}, or null
   * @param configuredKeyFile {@code followthrough.codec.key-file}, or null
   * @param devMode whether a generated development key may be used
   * @param workDir the folder holding {@value #DEV_KEY_FILE}
   */
  public static KeyRing load(
      Map<String, String> env,
      String configuredKeys,
      String configuredKeyFile,
      boolean devMode,
      Path workDir) {
    String envKeys = env.get(KEYS_ENV);
    if (!blank(envKeys)) {
      return KeyRing.parse(envKeys, "environment variable " + KEYS_ENV);
    }
    if (!blank(configuredKeys)) {
      return KeyRing.parse(configuredKeys, "configuration followthrough.codec.keys");
    }
    String keyFile = !blank(env.get(KEY_FILE_ENV)) ? env.get(KEY_FILE_ENV) : configuredKeyFile;
    if (!blank(keyFile)) {
      return fromFile(Path.of(keyFile), false);
    }
    if (devMode) {
      return devKeyRing(workDir.resolve(DEV_KEY_FILE));
    }
    throw new CodecKeyException(
        "No payload encryption key: set "
            + KEYS_ENV
            + "=<id>:<base64 32-byte key> or "
            + KEY_FILE_ENV
            + "=<file> (see docs/security.md); only dev mode generates a key");
  }

  private static KeyRing fromFile(Path file, boolean devKey) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CodecKeyException("Payload key file not found: " + file.toAbsolutePath());
    } catch (IOException e) {
      throw new CodecKeyException(
          "Payload key file " + file.toAbsolutePath() + " cannot be read: " + e.getMessage());
    }
    return KeyRing.parse(text, "key file " + file.toAbsolutePath(), devKey);
  }

  private static KeyRing devKeyRing(Path file) {
    if (!Files.exists(file)) {
      createDevKeyFile(file);
    }
    KeyRing ring = fromFile(file, true);
    log.warn(
        "Using the DEVELOPMENT payload key from {} - not for real patient data",
        file.toAbsolutePath());
    return ring;
  }

  private static void createDevKeyFile(Path file) {
    String content =
        "# Followthrough DEVELOPMENT payload key, generated for this folder. Not for real data.\n"
            + KeyRing.newKeyLine("dev-" + UUID.randomUUID().toString().substring(0, 8))
            + "\n";
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "dev-codec", ".tmp");
      try {
        setOwnerOnly(tmp);
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        // A hard link appears atomically and fails if another process won the race: keep theirs.
        link(file, tmp);
      } catch (FileAlreadyExistsException e) {
        log.debug("dev key file created concurrently by another process");
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new CodecKeyException(
          "Cannot create the dev payload key file "
              + file.toAbsolutePath()
              + ": "
              + e.getMessage());
    }
  }

  private static void link(Path file, Path tmp) throws IOException {
    try {
      Files.createLink(file, tmp);
    } catch (UnsupportedOperationException e) {
      Files.move(tmp, file);
    }
  }

  private static void setOwnerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Non-POSIX file systems: the file keeps the platform's default permissions.
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
