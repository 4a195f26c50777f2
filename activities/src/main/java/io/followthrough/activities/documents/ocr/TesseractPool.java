package io.followthrough.activities.documents.ocr;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A small pool of {@link TesseractEngine}s, created on demand up to a fixed size. Tesseract
 * instances are not thread-safe; each caller borrows one for the length of a page.
 */
public final class TesseractPool implements AutoCloseable {

  private final int size;
  private final BlockingQueue<TesseractEngine> idle;
  private int created;
  private boolean closed;

  public TesseractPool(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("pool size must be positive");
    }
    this.size = size;
    this.idle = new ArrayBlockingQueue<>(size);
  }

  /** Runs {@code work} with an engine of its own, waiting for one if all are busy. */
  public <T> T with(Function<TesseractEngine, T> work) {
    TesseractEngine engine = borrow();
    try {
      return work.apply(engine);
    } finally {
      giveBack(engine);
    }
  }

  private TesseractEngine borrow() {
    TesseractEngine engine = idle.poll();
    if (engine != null) {
      return engine;
    }
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("OCR pool is closed");
      }
      if (created < size) {
        TesseractEngine fresh = new TesseractEngine();
        created++;
        return fresh;
      }
    }
    try {
      // Poll so a waiter notices the pool closing instead of waiting forever.
      while (true) {
        TesseractEngine next = idle.poll(100, TimeUnit.MILLISECONDS);
        if (next != null) {
          return next;
        }
        synchronized (this) {
          if (closed) {
            throw new IllegalStateException("OCR pool is closed");
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an OCR engine", e);
    }
  }

  private synchronized void giveBack(TesseractEngine engine) {
    if (closed) {
      // Closed while this page was being read: free it now that nobody uses it.
      engine.close();
    } else {
      idle.add(engine);
    }
  }

  /** Frees idle engines now and busy ones as they are given back; later borrows fail. */
  @Override
  public synchronized void close() {
    closed = true;
    TesseractEngine engine;
    while ((engine = idle.poll()) != null) {
      engine.close();
    }
  }
}
