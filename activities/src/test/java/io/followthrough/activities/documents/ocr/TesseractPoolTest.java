package io.followthrough.activities.documents.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TesseractPoolTest {

  @Test
  void reusesOneEngineForSequentialWork() {
    try (TesseractPool pool = new TesseractPool(2)) {
      TesseractEngine first = pool.with(e -> e);
      TesseractEngine second = pool.with(e -> e);
      assertSame(first, second);
    }
  }

  @Test
  void neverLendsOneEngineToTwoThreadsAtOnce() throws Exception {
    Set<TesseractEngine> inUse = ConcurrentHashMap.newKeySet();
    Set<TesseractEngine> seen = ConcurrentHashMap.newKeySet();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try (TesseractPool pool = new TesseractPool(2)) {
      Runnable task =
          () ->
              pool.with(
                  e -> {
                    if (!inUse.add(e)) {
                      throw new AssertionError("engine shared between threads");
                    }
                    seen.add(e);
                    sleep(50);
                    inUse.remove(e);
                    return null;
                  });
      Future<?>[] futures = new Future<?>[8];
      for (int i = 0; i < futures.length; i++) {
        futures[i] = threads.submit(task);
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
      assertEquals(2, seen.size());
    } finally {
      threads.shutdown();
    }
  }

  @Test
  void closingWhileBusyFreesTheEngineAfterUseAndRefusesNewWork() throws Exception {
    TesseractPool pool = new TesseractPool(1);
    CountDownLatch borrowed = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<String> busy =
          thread.submit(
              () ->
                  pool.with(
                      e -> {
                        borrowed.countDown();
                        await(closed);
                        return "done";
                      }));
      borrowed.await();
      pool.close();
      closed.countDown();
      assertEquals("done", busy.get(30, TimeUnit.SECONDS));
      assertThrows(IllegalStateException.class, () -> pool.with(e -> e));
    } finally {
      thread.shutdown();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
