package io.followthrough.activities.documents.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.followthrough.activities.documents.fixtures.FaxPageRenderer;
import io.followthrough.activities.documents.fixtures.FaxResolution;
import io.followthrough.activities.documents.fixtures.FixtureFiles;
import io.followthrough.activities.documents.fixtures.SampleText;
import io.followthrough.activities.documents.ocr.OcrNatives;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages/second and peak RSS: our pipeline (child JVM) against the {@code tesseract} command line on
 * the same fax pages and the same English model, single-threaded, side by side.
 */
@Tag("bench")
class OcrPipelineBenchmarkTest {

  private static final int PAGES = Integer.getInteger("bench.pages", 10);

  @TempDir Path dir;

  @Test
  void oursVersusTesseractCli() throws Exception {
    assumeTrue(
        BenchProcess.onPath("tesseract"),
        "tesseract CLI not installed (apt-get install -y tesseract-ocr): benchmark skipped");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "/usr/bin/time missing: skipped");
    Path pages = Files.createDirectories(dir.resolve("pages"));
    List<String> lines = new ArrayList<>(SampleText.REFERRAL);
    lines.addAll(SampleText.REFERRAL);
    lines.addAll(SampleText.COVER_SHEET);
    for (int i = 0; i < PAGES; i++) {
      var page =
          new FaxPageRenderer(FaxResolution.FINE)
              .skew((i % 3 - 1) * 1.5)
              .noise(0.001)
              .seed(i)
              .render(lines);
      FixtureFiles.writeTiff(
          List.of(page),
          FaxResolution.FINE,
          FixtureFiles.CCITT_T6,
          pages.resolve(String.format("page-%03d.tif", i)));
    }
    String tessdata = OcrNatives.tessdata().toString();
    Map<String, String> single = Map.of("OMP_THREAD_LIMIT", "1");

    // CLI, one process per page (how a pipeline shelling out would run it).
    long perPageStart = System.nanoTime();
    long perPagePeak = 0;
    long perPageCpu = 0;
    for (File f : pages.toFile().listFiles()) {
      BenchProcess.Result r =
          BenchProcess.timed(
              List.of("tesseract", f.getPath(), "stdout", "--tessdata-dir", tessdata, "-l", "eng"),
              single);
      perPagePeak = Math.max(perPagePeak, r.peakRssKb());
      perPageCpu += r.cpuMillis();
    }
    long perPageMillis = (System.nanoTime() - perPageStart) / 1_000_000;

    // CLI, one process for all pages (a list file): its best case.
    Path list = dir.resolve("list.txt");
    try (var files = Files.list(pages)) {
      Files.write(list, files.map(Path::toString).sorted().toList());
    }
    BenchProcess.Result batch =
        BenchProcess.timed(
            List.of(
                "tesseract", list.toString(), "stdout", "--tessdata-dir", tessdata, "-l", "eng"),
            single);

    // Ours, in a child JVM.
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    BenchProcess.Result ours =
        BenchProcess.timed(
            List.of(
                java,
                "-Xmx512m",
                "-cp",
                classpath,
                OcrBenchChild.class.getName(),
                pages.toString()),
            Map.of());
    Map<String, Long> figures = BenchProcess.keyValues(ours.stdout());

    double perPage = perPageMillis / 1000.0;
    double batchS = batch.wallMillis() / 1000.0;
    double oursS = ours.wallMillis() / 1000.0;
    double oursWarm = figures.getOrDefault("warmMillis", -1L) / 1000.0;
    System.out.printf(
        "%n=== OCR benchmark: %d fax pages (204x196 dpi, CCITT G4), 1 thread ===%n", PAGES);
    double oursWarmCpu = figures.getOrDefault("warmCpuMillis", -1L) / 1000.0;
    System.out.printf(
        "%-38s %8s %8s %10s %12s%n", "run", "wall s", "CPU s", "pages/s", "peak RSS MiB");
    row("tesseract CLI, one process per page", perPage, perPageCpu / 1000.0, PAGES, perPagePeak);
    row(
        "tesseract CLI, one process, list file",
        batchS,
        batch.cpuMillis() / 1000.0,
        PAGES,
        batch.peakRssKb());
    row("ours, child JVM incl. startup", oursS, ours.cpuMillis() / 1000.0, PAGES, ours.peakRssKb());
    row(
        "ours, warm (after first page)",
        oursWarm,
        oursWarmCpu,
        PAGES - 1,
        figures.getOrDefault("vmHwmKb", -1L));
    System.out.printf("ratio ours/CLI-batch, wall incl. JVM start: %.2fx%n", oursS / batchS);
    System.out.printf("ratio ours/CLI-per-page, wall:              %.2fx%n", oursS / perPage);
    System.out.printf(
        "ratio ours warm/CLI-batch, wall per page:   %.2fx%n",
        (oursWarm / (PAGES - 1)) / (batchS / PAGES));
    System.out.printf(
        "ratio ours warm/CLI-batch, CPU per page:    %.2fx%n",
        (oursWarmCpu / (PAGES - 1)) / (batch.cpuMillis() / 1000.0 / PAGES));
    System.out.printf(
        "ratio ours/CLI-batch, CPU incl. JVM start:  %.2fx%n",
        (double) ours.cpuMillis() / batch.cpuMillis());
    System.out.printf(
        "characters recognised: ours %d, CLI %d%n",
        figures.getOrDefault("chars", -1L), batch.stdout().strip().length());
  }

  private static void row(String name, double seconds, double cpu, int pages, long rssKb) {
    System.out.printf(
        "%-38s %8.2f %8.2f %10.2f %12.1f%n", name, seconds, cpu, pages / seconds, rssKb / 1024.0);
  }
}
