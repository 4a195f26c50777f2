package io.followthrough.activities.store.ledger;

import io.followthrough.activities.store.TestStore;
import java.time.Clock;

class LedgerMetricsH2Test extends LedgerMetricsContract {
  @Override
  TestStore openStore() {
    return TestStore.h2(Clock.systemUTC());
  }
}
