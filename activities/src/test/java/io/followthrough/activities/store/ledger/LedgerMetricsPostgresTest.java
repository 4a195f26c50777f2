package io.followthrough.activities.store.ledger;

import io.followthrough.activities.store.TestStore;
import java.time.Clock;

class LedgerMetricsPostgresTest extends LedgerMetricsContract {
  @Override
  TestStore openStore() {
    return TestStore.postgres(Clock.systemUTC());
  }
}
