package io.followthrough.activities.documents.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs a program under {@code /usr/bin/time -v} and reports wall time and peak RSS. */
final class BenchProcess {

  record Result(long wallMillis, long cpuMillis, long peakRssKb, String stdout) {}

  private BenchProcess() {}

  static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }

  static Result timed(List<String> command, Map<String, String> env) throws Exception {
    List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-v"));
    full.addAll(command);
    File err = File.createTempFile("bench", ".err");
    File out = File.createTempFile("bench", ".out");
    try {
      ProcessBuilder pb = new ProcessBuilder(full).redirectError(err).redirectOutput(out);
      pb.environment().putAll(env);
      long start = System.nanoTime();
      int code = pb.start().waitFor();
      long wall = (System.nanoTime() - start) / 1_000_000;
      String stderr = Files.readString(err.toPath(), StandardCharsets.UTF_8);
      if (code != 0) {
        throw new IllegalStateException("benchmark command failed (" + code + "): " + stderr);
      }
      long rss = -1;
      double cpuSeconds = 0;
      for (String line : stderr.split("\n")) {
        if (line.contains("Maximum resident set size")) {
          rss = Long.parseLong(line.replaceAll("\\D", ""));
        } else if (line.contains("User time (seconds)") || line.contains("System time (seconds)")) {
          cpuSeconds += Double.parseDouble(line.substring(line.lastIndexOf(':') + 1).strip());
        }
      }
      return new Result(
          wall,
          Math.round(cpuSeconds * 1000),
          rss,
          Files.readString(out.toPath(), StandardCharsets.UTF_8));
    } finally {
      err.delete();
      out.delete();
    }
  }

  static Map<String, Long> keyValues(String stdout) {
    Map<String, Long> values = new HashMap<>();
    for (String line : stdout.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0 && line.substring(eq + 1).strip().matches("-?\\d+")) {
        values.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1).strip()));
      }
    }
    return values;
  }
}
