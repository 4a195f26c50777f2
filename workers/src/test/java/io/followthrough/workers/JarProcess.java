package io.followthrough.workers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The packaged `followthrough.jar` run as a separate process, as a user runs it. */
final class JarProcess implements AutoCloseable {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final Process process;
  private final Path out;
  private final Path err;

  private JarProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code java -jar followthrough.jar args...} in {@code workDir}, output to files. */
  static JarProcess start(Path workDir, String... args) {
    return start(Map.of(), workDir, args);
  }

  /** {@link #start(Path, String...)} with extra environment variables (e.g. settings). */
  static JarProcess start(Map<String, String> environment, Path workDir, String... args) {
    String name = args[0] + "-" + COUNTER.incrementAndGet();
    Path out = workDir.resolve(name + ".out");
    Path err = workDir.resolve(name + ".err");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (!"dev".equals(args[0]) && !"worker".equals(args[0])) {
      // As the ./followthrough launcher does for short-lived CLI verbs.
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-XX:+UseSerialGC");
    }
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      return new JarProcess(process, out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a CLI command to completion. */
  static Result run(Path workDir, String... args) throws InterruptedException {
    try (JarProcess cli = start(workDir, args)) {
      int code = cli.awaitExit(Duration.ofSeconds(60));
      return new Result(code, cli.out(), cli.err());
    }
  }

  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  static Path jar() {
    Path jar = Path.of(System.getProperty("followthrough.jar", "target/followthrough.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("build the jar first (mvn package): " + jar);
    }
    return jar;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits until stdout contains the text; false on timeout or if the process died. */
  boolean awaitOutput(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (out().contains(text)) {
        return true;
      }
      if (!process.isAlive()) {
        return out().contains(text);
      }
      Thread.sleep(100);
    }
    return false;
  }

  String out() {
    return read(out);
  }

  String err() {
    return read(err);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGTERM, as Ctrl-C or a process manager would send. */
  void terminate() {
    process.destroy();
  }

  /** SIGKILL: no shutdown hooks, nothing flushed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("process did not exit within " + timeout + "\n" + out() + err());
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
