package io.followthrough.activities.documents.bench;

import io.followthrough.activities.documents.DocumentReaderSettings;
import io.followthrough.activities.documents.OcrDocumentReader;
import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.ReadDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs our pipeline over every {@code .tif} in a folder, in its own JVM so the benchmark can
 * measure this process's peak RSS. Prints one {@code key=value} line per figure.
 */
public final class OcrBenchChild {

  private OcrBenchChild() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(args[0]))) {
      files = list.filter(p -> p.toString().endsWith(".tif")).sorted().toList();
    }
    long chars = 0;
    long firstPageDone = 0;
    long firstPageCpu = 0;
    try (OcrDocumentReader reader =
        new OcrDocumentReader(DocumentReaderSettings.defaults().withOcrThreads(1))) {
      for (Path file : files) {
        ReadDocument doc = reader.read(file);
        for (PageText page : doc.pages()) {
          chars += page.text().length();
        }
        if (firstPageDone == 0) {
          firstPageDone = System.nanoTime();
          firstPageCpu = processCpuNanos();
        }
      }
    }
    long end = System.nanoTime();
    System.out.println("pages=" + files.size());
    System.out.println("chars=" + chars);
    System.out.println("totalMillis=" + (end - start) / 1_000_000);
    System.out.println("warmMillis=" + (end - firstPageDone) / 1_000_000);
    System.out.println("vmHwmKb=" + vmHwmKb());
    System.out.println("warmCpuMillis=" + (processCpuNanos() - firstPageCpu) / 1_000_000);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long vmHwmKb() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }
}
