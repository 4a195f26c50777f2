package io.followthrough.activities.store.analytics;

import io.followthrough.activities.store.MutableClock;
import io.followthrough.activities.store.TestStore;

class OpsAnalyticsPostgresTest extends OpsAnalyticsContract {
  @Override
  TestStore openStore(MutableClock clock) {
    return TestStore.postgres(clock);
  }
}
