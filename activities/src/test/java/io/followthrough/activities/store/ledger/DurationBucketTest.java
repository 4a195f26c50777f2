package io.followthrough.activities.store.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.activities.store.TestStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * {@code AnalyticsRollups.bucket} puts every duration in the bucket whose bounds {@code
 * duration_bucket} (migration V13) lists: each bound and its neighbours, from -1 to Long.MAX_VALUE;
 * the buckets are contiguous.
 */
class DurationBucketTest {

  @Test
  void javaBucketsMatchTheBoundsTable() throws Exception {
    try (TestStore test = TestStore.h2(Clock.systemUTC());
        Connection connection = test.store().dataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT bucket, lo, hi FROM duration_bucket ORDER BY lo");
        ResultSet rows = select.executeQuery()) {
      long next = Long.MIN_VALUE;
      int count = 0;
      while (rows.next()) {
        int bucket = rows.getInt(1);
        long lo = rows.getLong(2);
        long hi = rows.getLong(3);
        assertEquals(next, lo, "contiguous at bucket " + bucket);
        assertEquals(bucket, AnalyticsRollups.bucket(lo), "lo of " + bucket);
        assertEquals(bucket, AnalyticsRollups.bucket(hi), "hi of " + bucket);
        if (hi > lo) {
          assertEquals(bucket, AnalyticsRollups.bucket(lo + 1));
          assertEquals(bucket, AnalyticsRollups.bucket(hi - 1));
          assertEquals(bucket, AnalyticsRollups.bucket(lo + (hi - lo) / 2));
        }
        next = hi == Long.MAX_VALUE ? next : hi + 1;
        count++;
        if (hi == Long.MAX_VALUE) {
          assertEquals(125, bucket, "the last bucket ends at Long.MAX_VALUE");
        }
      }
      assertEquals(127, count);
    }
  }
}
