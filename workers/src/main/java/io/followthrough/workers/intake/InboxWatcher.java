package io.followthrough.workers.intake;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the inbox folder ({@code followthrough.intake.inbox}, default {@code <data-dir>/inbox}):
 * each new file, once its size has stopped changing, is ingested and moved to {@code processed/},
 * or to {@code failed/} with a {@code <name>.reason.txt} beside it. File-system events wake it up;
 * a periodic rescan catches what events miss (network folders, overflow). A file that cannot be
 * ingested for a passing reason (Temporal down) stays where it is and is tried again. File names
 * are never logged: they may name patients.
 */
@Singleton
public final class InboxWatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

  private final DocumentIntake intake;
  private final Path inbox;
  private final long scanMillis;
  private final long stableMillis;
  private final Map<Path, Sighting> seen = new HashMap<>();
  private volatile boolean running;
  private Thread thread;

  private record Sighting(long size, long modified, long firstSeenAt) {}

  public InboxWatcher(
      DocumentIntake intake,
      IntakeProperties properties,
      @Value("${followthrough.data-dir:.followthrough}") String dataDirectory) {
    this.intake = intake;
    this.inbox =
        (properties.inbox() == null || properties.inbox().isBlank()
                ? Path.of(dataDirectory).resolve("inbox")
                : Path.of(properties.inbox()))
            .toAbsolutePath()
            .normalize();
    this.scanMillis = properties.inboxScanInterval().toMillis();
    this.stableMillis = properties.inboxStableFor().toMillis();
  }

  /** The watched folder. */
  public Path inbox() {
    return inbox;
  }

  /** Creates the folders and starts the watching thread (idempotent). */
  public synchronized Path start() throws IOException {
    if (running) {
      return inbox;
    }
    Files.createDirectories(inbox.resolve("processed"));
    Files.createDirectories(inbox.resolve("failed"));
    running = true;
    thread = new Thread(this::loop, "followthrough-inbox");
    thread.setDaemon(true);
    thread.start();
    return inbox;
  }

  private void loop() {
    try (WatchService watcher = inbox.getFileSystem().newWatchService()) {
      inbox.register(
          watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
      while (running) {
        var key =
            watcher.poll(Math.min(scanMillis, Math.max(100, stableMillis)), TimeUnit.MILLISECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
        }
        scanSafely();
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // Stopping.
    } catch (IOException e) {
      log.warn(
          "inbox watch service unavailable ({}); rescanning every {} ms",
          e.getMessage(),
          scanMillis);
      while (running) {
        scanSafely();
        try {
          Thread.sleep(scanMillis);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  private void scanSafely() {
    try {
      scan();
    } catch (RuntimeException | IOException e) {
      // Never let one bad pass end the watcher; the next pass retries.
      log.warn("inbox scan failed ({}); retrying", e.getClass().getSimpleName());
    }
  }

  /** One pass: takes every file whose size has been stable for the configured time. */
  void scan() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(inbox)) {
      files =
          listing
              .filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .toList();
    }
    long now = System.currentTimeMillis();
    seen.keySet().retainAll(files);
    for (Path file : files) {
      Sighting before = seen.get(file);
      Sighting current =
          new Sighting(Files.size(file), Files.getLastModifiedTime(file).toMillis(), now);
      if (before == null
          || before.size() != current.size()
          || before.modified() != current.modified()) {
        seen.put(file, current);
      } else if (now - before.firstSeenAt() >= stableMillis) {
        take(file);
        seen.remove(file);
      }
    }
  }

  private void take(Path file) throws IOException {
    try {
      IngestReceipt receipt = intake.ingest(file, "inbox");
      move(file, inbox.resolve("processed"));
      log.info(
          "inbox file taken: document {}...{}",
          receipt.documentId().substring(0, 12),
          receipt.duplicate() ? " (duplicate)" : "");
    } catch (IngestRejectedException e) {
      Path moved = move(file, inbox.resolve("failed"));
      Files.writeString(
          moved.resolveSibling(moved.getFileName() + ".reason.txt"),
          e.reason().name() + ": " + e.getMessage() + System.lineSeparator(),
          StandardCharsets.UTF_8);
      log.info("inbox file refused ({}); moved to failed/", e.reason());
    }
  }

  private static Path move(Path file, Path folder) throws IOException {
    String name = file.getFileName().toString();
    Path target = folder.resolve(name);
    for (int n = 1; Files.exists(target); n++) {
      target = folder.resolve(name + "." + n);
    }
    return Files.move(file, target);
  }

  @PreDestroy
  @Override
  public synchronized void close() {
    running = false;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
