package io.followthrough.activities.store.queue;

import io.followthrough.activities.store.MutableClock;
import io.followthrough.activities.store.TestStore;

class WorkQueuePostgresTest extends WorkQueueContract {
  @Override
  TestStore openStore(MutableClock clock) {
    return TestStore.postgres(clock);
  }
}
