package io.followthrough.examples.labresult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Append-only log of activity executions, one line each: {@code <epochMillis> <activityName>
 * <idempotencyKey>}. Each line is written under an exclusive file lock and forced to disk, so
 * several worker processes can share the file and a killed worker loses no line it returned from.
 */
final class ExecutionJournal {
  private final Path file;

  ExecutionJournal(Path dataDirectory) {
    this.file = dataDirectory.resolve("lab-result-follow-up").resolve("executions.log");
  }

  Path file() {
    return file;
  }

  void append(String activityName, String idempotencyKey) {
    String line = System.currentTimeMillis() + " " + activityName + " " + idempotencyKey + "\n";
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel =
              FileChannel.open(
                  file,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE,
                  StandardOpenOption.APPEND);
          FileLock lock = channel.lock()) {
        channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
      }
    } catch (IOException e) {
      // Retryable: the activity's retry policy tries again.
      throw new UncheckedIOException("cannot append to the execution journal", e);
    }
  }
}
