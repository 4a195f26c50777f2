package io.followthrough.activities.documents.ocr;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OcrNativesTest {

  @Test
  void otherPlatformsGetAClearError() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> OcrNatives.checkPlatform("Mac OS X", "aarch64"));
    assertTrue(e.getMessage().contains("linux-x86_64"));
    assertThrows(IllegalStateException.class, () -> OcrNatives.checkPlatform("Linux", "aarch64"));
    assertDoesNotThrow(() -> OcrNatives.checkPlatform("Linux", "amd64"));
  }

  @Test
  void setupRunsOnceAndIsThreadSafe() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Callable<Path> setup = OcrNatives::tessdata;
      List<Future<Path>> results = pool.invokeAll(List.of(setup, setup, setup, setup));
      Path first = results.get(0).get();
      for (Future<Path> r : results) {
        assertEquals(first, r.get());
      }
      assertTrue(Files.size(first.resolve("eng.traineddata")) > 1_000_000);
      assertTrue(Files.size(first.resolve("osd.traineddata")) > 1_000_000);
      assertTrue(Files.exists(first.getParent().resolve("libtesseract.so")));
      assertTrue(System.getProperty("jna.library.path").contains(first.getParent().toString()));
    } finally {
      pool.shutdown();
    }
  }
}
