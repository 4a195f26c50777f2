package io.followthrough.activities.practice;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The sandbox's JSON snapshot: written whole to a temporary file and moved into place, so a crash
 * mid-write leaves the previous snapshot intact. Holds demo PHI: keep it in the data directory.
 */
final class SnapshotFile {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path file;

  SnapshotFile(Path file) {
    this.file = file;
  }

  boolean exists() {
    return Files.isRegularFile(file);
  }

  SandboxState read() {
    try {
      return JSON.readValue(file.toFile(), SandboxState.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read practice snapshot " + file, e);
    }
  }

  void write(SandboxState state) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      JSON.writeValue(temp.toFile(), state);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write practice snapshot " + file, e);
    }
  }
}
