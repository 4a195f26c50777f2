package io.followthrough.activities.intake;

import java.util.function.Supplier;

/** A supplier that computes once, on first use, and remembers the value (thread-safe). */
final class Memo<T> implements Supplier<T> {
  private final Supplier<T> compute;
  private volatile T value;

  Memo(Supplier<T> compute) {
    this.compute = compute;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = compute.get();
          value = v;
        }
      }
    }
    return v;
  }
}
