package io.followthrough.activities.store.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.store.TestStore;
import io.followthrough.ledger.LedgerActivities;
import io.followthrough.ledger.LedgerEvent;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JdbcLedgerActivitiesTest {

  @Test
  void batchStoresNewEventsAndSkipsKnownOnes() {
    try (TestStore test = TestStore.h2(Clock.systemUTC())) {
      LedgerActivities activities = test.store().ledgerActivities();
      List<LedgerEvent> events = LedgerStoreContract.sampleEvents();
      assertEquals(5, activities.recordAll(events.subList(0, 5)));
      assertEquals(events.size() - 5, activities.recordAll(events));
      assertEquals(0, activities.recordAll(events));
    }
  }

  @Test
  void missingEventsAreNonRetryable() {
    try (TestStore test = TestStore.h2(Clock.systemUTC())) {
      LedgerActivities activities = test.store().ledgerActivities();
      ApplicationFailure failure =
          assertThrows(ApplicationFailure.class, () -> activities.record(null));
      assertTrue(failure.isNonRetryable());
      assertEquals(LedgerActivities.INVALID_EVENT, failure.getType());
      assertThrows(
          ApplicationFailure.class, () -> activities.recordAll(Arrays.asList((LedgerEvent) null)));
    }
  }
}
