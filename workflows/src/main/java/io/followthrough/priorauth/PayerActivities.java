package io.followthrough.priorauth;

import io.followthrough.sdk.ActivityPolicies;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;

/**
 * A payer's prior-authorization service (an X12 278 / portal adapter, or the sandbox payer). Use
 * with {@code ActivityPolicies.outbound()} for writes and {@code standard()} for status reads.
 *
 * <p>Writes take an idempotency key: a repeat returns the first call's result. Non-retryable
 * failures ({@code ApplicationFailure} types, messages with refs and codes only): {@link
 * #INVALID_INPUT}, {@link #UNKNOWN_SUBMISSION}, {@link #NOT_APPEALABLE}. Anything else (payer down,
 * timeout: type {@link #UNAVAILABLE}) is transient and retried.
 */
@ActivityInterface(namePrefix = "Payer")
public interface PayerActivities {

  /** Missing or malformed packet, or an idempotency key reused with other arguments. */
  String INVALID_INPUT = ActivityPolicies.INVALID_INPUT;

  /** The tracking id is unknown to the payer. */
  String UNKNOWN_SUBMISSION = "UnknownSubmission";

  /** The submission is not denied, or the payer's decision is final. */
  String NOT_APPEALABLE = "NotAppealable";

  /** The payer is down or slow: transient. */
  String UNAVAILABLE = "PayerUnavailable";

  /** Failure types no retry can fix. */
  List<String> NON_RETRYABLE = List.of(INVALID_INPUT, UNKNOWN_SUBMISSION, NOT_APPEALABLE);

  /** Submits the packet; returns the payer's tracking id. */
  @ActivityMethod
  String submit(AuthPacket packet, String idempotencyKey);

  /** The submission's (or appeal's) current status. Read-only. */
  @ActivityMethod
  PayerStatus status(String trackingId);

  /**
   * Answers the payer's request for information on {@code trackingId} with {@code documents} (the
   * items asked for that are on file); the submission goes back to review.
   */
  @ActivityMethod
  void answerRequest(
      String trackingId, List<String> items, List<PacketDocument> documents, String idempotencyKey);

  /** Files an appeal of the denied {@code trackingId}; returns the appeal's tracking id. */
  @ActivityMethod
  String submitAppeal(String trackingId, AppealPacket appeal, String idempotencyKey);
}
