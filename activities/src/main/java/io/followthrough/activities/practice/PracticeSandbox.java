package io.followthrough.activities.practice;

import io.followthrough.activities.channels.ChannelSimulator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox practice system and channel simulator of one data directory, shared by everything in
 * the process that uses that directory: the worker's activities ({@link PracticeSandboxModule}) and
 * the dev HTTP endpoints must see the same instances, or a booking made over HTTP would be
 * invisible to a workflow (and both would overwrite each other's snapshot files).
 *
 * <p>Files: {@code <data-dir>/practice/sandbox.json} and {@code <data-dir>/channels/simulator.json}
 * (demo PHI: keep them in the data directory). One process per data directory: two processes on the
 * same folder each keep their own copy.
 */
public final class PracticeSandbox {

  /** Seed of the demo data, so every fresh dev stack shows the same patients. */
  public static final long DEMO_SEED = 42L;

  private static final Map<Path, PracticeSandbox> BY_DIRECTORY = new ConcurrentHashMap<>();

  private final SandboxPracticeSystem practice;
  private final ChannelSimulator channels;

  private PracticeSandbox(SandboxPracticeSystem practice, ChannelSimulator channels) {
    this.practice = practice;
    this.channels = channels;
  }

  /** The sandbox of {@code dataDirectory}, created (or resumed from its files) on first use. */
  public static PracticeSandbox forDataDirectory(Path dataDirectory) {
    Path key = dataDirectory.toAbsolutePath().normalize();
    return BY_DIRECTORY.computeIfAbsent(key, PracticeSandbox::open);
  }

  private static PracticeSandbox open(Path data) {
    Clock clock = Clock.systemUTC();
    SandboxPracticeSystem practice =
        SandboxPracticeSystem.persistent(
            data.resolve("practice").resolve("sandbox.json"), DEMO_SEED, clock);
    ChannelSimulator channels =
        ChannelSimulator.persistent(
            data.resolve("channels").resolve("simulator.json"), practice.contacts(), clock);
    return new PracticeSandbox(practice, channels);
  }

  public SandboxPracticeSystem practice() {
    return practice;
  }

  public ChannelSimulator channels() {
    return channels;
  }
}
