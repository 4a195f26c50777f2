package io.followthrough.priorauth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records what the scheduling queue was told, once per idempotency key. */
final class FakeScheduler implements SchedulingQueueActivities {
  private final Map<String, SchedulingNotice> byKey = new LinkedHashMap<>();

  @Override
  public synchronized String notifyScheduler(SchedulingNotice notice, String idempotencyKey) {
    byKey.putIfAbsent(idempotencyKey, notice);
    return "notice-" + byKey.size();
  }

  synchronized List<SchedulingNotice> notices() {
    return new ArrayList<>(byKey.values());
  }
}
