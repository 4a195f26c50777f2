package io.followthrough.activities.documents.ocr;

import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Makes Tesseract usable with no system package: extracts the Linux natives shipped in the bytedeco
 * {@code tesseract}/{@code leptonica} jars and the trained data shipped in the Tess4J jar to a
 * private folder, once per JVM.
 */
public final class OcrNatives {

  private static final String LEPTONICA = "org/bytedeco/leptonica/linux-x86_64/";
  private static final String TESSERACT = "org/bytedeco/tesseract/linux-x86_64/";

  private static volatile Path tessdata;

  private OcrNatives() {}

  /**
   * Prepares the natives on first call (thread-safe) and returns the tessdata folder holding {@code
   * eng} and {@code osd}.
   *
   * @throws IllegalStateException when the platform is not linux-x86_64 or extraction fails
   */
  public static Path tessdata() {
    Path ready = tessdata;
    if (ready == null) {
      synchronized (OcrNatives.class) {
        ready = tessdata;
        if (ready == null) {
          ready = install();
          tessdata = ready;
        }
      }
    }
    return ready;
  }

  private static Path install() {
    checkPlatform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    try {
      // A private folder per JVM: no races with other processes, nothing stale from older versions.
      Path root = Files.createTempDirectory("followthrough-ocr-");
      deleteOnExit(root);
      Path gomp = extract(LEPTONICA + "libgomp.so.1", root.resolve("libgomp.so.1"));
      Path lept = extract(LEPTONICA + "libleptonica.so.6", root.resolve("libleptonica.so.6"));
      Path tess = extract(TESSERACT + "libtesseract.so.5.5", root.resolve("libtesseract.so.5.5"));
      // The unversioned names JNA looks up for Tess4J ("tesseract") and lept4j ("leptonica").
      Files.createSymbolicLink(root.resolve("libtesseract.so"), tess.getFileName());
      Files.createSymbolicLink(root.resolve("libleptonica.so"), lept.getFileName());
      // Load dependencies by absolute path first so the dynamic linker never searches for them.
      NativeLibrary.getInstance(gomp.toString());
      NativeLibrary.getInstance(lept.toString());
      String previous = System.getProperty("jna.library.path");
      System.setProperty(
          "jna.library.path",
          previous == null || previous.isBlank()
              ? root.toString()
              : root + java.io.File.pathSeparator + previous);
      NativeLibrary.getInstance(tess.toString());
      Path data = Files.createDirectories(root.resolve("tessdata"));
      extract("tessdata/eng.traineddata", data.resolve("eng.traineddata"));
      extract("tessdata/osd.traineddata", data.resolve("osd.traineddata"));
      return data;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not prepare the OCR natives", e);
    }
  }

  /** Fails with a clear message unless the bundled natives fit this platform. */
  static void checkPlatform(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String arch = osArch.toLowerCase(Locale.ROOT);
    if (!os.startsWith("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      throw new IllegalStateException(
          "OCR needs linux-x86_64 (bundled Tesseract natives); this JVM runs on "
              + os
              + "/"
              + arch);
    }
  }

  private static Path extract(String resource, Path target) throws IOException {
    try (InputStream in = OcrNatives.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OCR resource missing from the classpath: " + resource);
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    }
  }

  private static void deleteOnExit(Path root) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try (Stream<Path> walk = Files.walk(root)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                  } catch (IOException ignored) {
                    // Best effort: a temp folder left behind is harmless.
                  }
                },
                "ocr-natives-cleanup"));
  }
}
