package io.followthrough.activities.practice;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The sandbox state behind one lock: reads and writes are serialized, which makes each operation
 * atomic; after a write the snapshot (if any) is saved before the lock is released.
 */
final class GuardedState {
  private final ReentrantLock lock = new ReentrantLock();
  private final SandboxState state;
  private final SnapshotFile<SandboxState> snapshot;

  GuardedState(SandboxState state, SnapshotFile<SandboxState> snapshot) {
    this.state = state;
    this.snapshot = snapshot;
  }

  <T> T read(Function<SandboxState, T> query) {
    lock.lock();
    try {
      return query.apply(state);
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code change}; operations validate before mutating, so a refusal changes nothing. */
  <T> T write(Function<SandboxState, T> change) {
    lock.lock();
    try {
      T result = change.apply(state);
      if (snapshot != null) {
        snapshot.write(state);
      }
      return result;
    } finally {
      lock.unlock();
    }
  }
}
