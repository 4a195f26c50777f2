package io.followthrough.priorauth;

import java.util.List;

/**
 * Where a submission stands at the payer (codes only).
 *
 * @param trackingId the payer's tracking id
 * @param decision the answer so far
 * @param reasonCode denial reason code (e.g. {@code not-medically-necessary}, {@code
 *     insufficient-documentation}, {@code out-of-network}), else null
 * @param requestedItems for {@link PayerDecision#MORE_INFO}: item codes such as {@code
 *     clinical-notes}; else empty
 * @param authNumber for {@link PayerDecision#APPROVED}: the authorization number; else null
 * @param finalDecision whether the payer accepts no further appeal (e.g. second-level denial)
 */
public record PayerStatus(
    String trackingId,
    PayerDecision decision,
    String reasonCode,
    List<String> requestedItems,
    String authNumber,
    boolean finalDecision) {

  public PayerStatus {
    requestedItems = requestedItems == null ? List.of() : List.copyOf(requestedItems);
  }
}
