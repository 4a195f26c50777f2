package io.followthrough.activities.store.analytics;

import io.followthrough.activities.store.MutableClock;
import io.followthrough.activities.store.TestStore;

class OpsAnalyticsH2Test extends OpsAnalyticsContract {
  @Override
  TestStore openStore(MutableClock clock) {
    return TestStore.h2(clock);
  }
}
