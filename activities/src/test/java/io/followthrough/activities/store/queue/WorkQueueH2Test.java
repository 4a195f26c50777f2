package io.followthrough.activities.store.queue;

import io.followthrough.activities.store.MutableClock;
import io.followthrough.activities.store.TestStore;

class WorkQueueH2Test extends WorkQueueContract {
  @Override
  TestStore openStore(MutableClock clock) {
    return TestStore.h2(clock);
  }
}
