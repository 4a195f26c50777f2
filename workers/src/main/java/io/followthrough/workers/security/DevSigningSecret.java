package io.followthrough.workers.security;

import io.followthrough.workers.runtime.ConfigurationProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The HMAC secret that signs `followthrough dev` login tokens: 256 random bits generated once into
 * {@code <data-dir>/dev-api-signing.key} (owner-only), never a constant in code. Tokens minted by
 * one dev run stay valid after a restart on the same data folder until they expire.
 */
public final class DevSigningSecret {

  /** File name inside the data folder. */
  public static final String FILE = "dev-api-signing.key";

  private DevSigningSecret() {}

  /** The secret in {@code dataDirectory}, created on first use. */
  public static String load(Path dataDirectory) {
    Path file = dataDirectory.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      String secret = Files.readString(file, StandardCharsets.US_ASCII).trim();
      if (secret.length() < 43) {
        throw new ConfigurationProblem(
            "the dev signing secret " + file.toAbsolutePath() + " is too short; delete it", null);
      }
      return secret;
    } catch (IOException e) {
      throw new ConfigurationProblem(
          "cannot read or create the dev signing secret " + file.toAbsolutePath(), e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), "dev-api-signing", ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Non-POSIX file systems keep their default permissions.
      }
      Files.writeString(tmp, secret + "\n", StandardCharsets.US_ASCII);
      try {
        // A hard link appears atomically and fails if another process won the race: keep theirs.
        Files.createLink(file, tmp);
      } catch (UnsupportedOperationException e) {
        Files.move(tmp, file);
      } catch (FileAlreadyExistsException e) {
        // Created concurrently: use that one.
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
