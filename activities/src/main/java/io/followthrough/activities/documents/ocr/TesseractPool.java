package io.followthrough.activities.documents.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * A small pool of {@link TesseractEngine}s, created on demand up to a fixed size. Tesseract
 * instances are not thread-safe; each caller borrows one for the length of a page.
 */
public final class TesseractPool implements AutoCloseable {

  private final int size;
  private final BlockingQueue<TesseractEngine> idle;
  private final List<TesseractEngine> all = new ArrayList<>();
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
      idle.add(engine);
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
      if (all.size() < size) {
        TesseractEngine created = new TesseractEngine();
        all.add(created);
        return created;
      }
    }
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an OCR engine", e);
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    all.forEach(TesseractEngine::close);
    all.clear();
    idle.clear();
  }
}
