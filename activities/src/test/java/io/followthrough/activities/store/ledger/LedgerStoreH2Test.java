package io.followthrough.activities.store.ledger;

import io.followthrough.activities.store.TestStore;
import java.time.Clock;

class LedgerStoreH2Test extends LedgerStoreContract {
  @Override
  TestStore openStore() {
    return TestStore.h2(Clock.systemUTC());
  }
}
