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
 * A simulator's JSON snapshot: written whole to a temporary file and moved into place, so a crash
 * mid-write leaves the previous snapshot intact. Snapshots hold demo PHI: keep them in the data
 * directory.
 *
 * @param <T> the state type (records and plain collections)
 */
public final class SnapshotFile<T> {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path file;
  private final Class<T> type;

  public SnapshotFile(Path file, Class<T> type) {
    this.file = file;
    this.type = type;
  }

  public boolean exists() {
    return Files.isRegularFile(file);
  }

  public T read() {
    try {
      return JSON.readValue(file.toFile(), type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read snapshot " + file, e);
    }
  }

  public void write(T state) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      JSON.writeValue(temp.toFile(), state);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write snapshot " + file, e);
    }
  }
}
