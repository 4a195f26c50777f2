package io.followthrough.activities.store.ledger;

import io.followthrough.ledger.HumanTaskRef;
import java.time.Instant;

/** What the ledger says about one human task; claim and snooze state live only in the queue. */
public record TaskState(
    HumanTaskRef ref, Instant openedAt, Instant resolvedAt, String resolutionCode) {

  public boolean resolved() {
    return resolvedAt != null;
  }
}
