package io.followthrough.activities.payer;

import io.followthrough.priorauth.AppealPacket;
import io.followthrough.priorauth.AuthPacket;
import io.followthrough.priorauth.PacketDocument;
import io.followthrough.priorauth.PayerActivities;
import io.followthrough.priorauth.PayerStatus;
import io.followthrough.priorauth.SchedulingNotice;
import io.followthrough.priorauth.SchedulingQueueActivities;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link PayerActivities} and {@link SchedulingQueueActivities} on the {@link SandboxPayer}:
 * refusals become non-retryable failures of their type, outages retryable ones.
 */
public final class SandboxPayerActivities implements PayerActivities, SchedulingQueueActivities {
  private final SandboxPayer payer;

  public SandboxPayerActivities(SandboxPayer payer) {
    this.payer = payer;
  }

  @Override
  public String submit(AuthPacket packet, String idempotencyKey) {
    return call(() -> payer.submit(packet, idempotencyKey));
  }

  @Override
  public PayerStatus status(String trackingId) {
    return call(() -> payer.status(trackingId));
  }

  @Override
  public void answerRequest(
      String trackingId, List<String> items, List<PacketDocument> documents, String key) {
    call(
        () -> {
          payer.answerRequest(trackingId, items, documents, key);
          return null;
        });
  }

  @Override
  public String submitAppeal(String trackingId, AppealPacket appeal, String key) {
    return call(() -> payer.submitAppeal(trackingId, appeal, key));
  }

  @Override
  public String notifyScheduler(SchedulingNotice notice, String idempotencyKey) {
    return call(() -> payer.notifyScheduler(notice, idempotencyKey));
  }

  private static <T> T call(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (PayerException e) {
      if (PayerActivities.NON_RETRYABLE.contains(e.type())) {
        throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), e.type());
      }
      throw ApplicationFailure.newFailure(e.getMessage(), e.type());
    }
  }
}
