package io.followthrough.channels;

import io.followthrough.sdk.ActivityPolicies;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;

/**
 * Sends messages to patients, providers and offices. Use with {@link ChannelOptions#defaults()}.
 * Replies and delivery receipts come back through the adapter's webhook as {@link InboundMessage}
 * signals, not through this interface.
 *
 * <p>Non-retryable failures ({@code ApplicationFailure} types; messages name refs and codes, never
 * addresses or text): {@link #INVALID_INPUT} (missing channel, recipient, template or idempotency
 * key; oversized variables) and {@link #UNKNOWN_RECIPIENT} (no address on file for the channel).
 * Anything else (carrier down, timeout) is retried by the options, and the idempotency key makes
 * the retry safe.
 */
@ActivityInterface
public interface ChannelActivities {
  /** A message that can never be sent as given. */
  String INVALID_INPUT = ActivityPolicies.INVALID_INPUT;

  /** The recipient reference has no address for the channel. */
  String UNKNOWN_RECIPIENT = "UnknownRecipient";

  /** Failure types no retry can fix; {@link ChannelOptions} lists them as non-retryable. */
  List<String> NON_RETRYABLE = List.of(INVALID_INPUT, UNKNOWN_RECIPIENT);

  /**
   * Sends one message, at most once per {@link OutboundMessage#idempotencyKey()}: a repeat returns
   * the first receipt with {@code duplicate=true} and sends nothing. A recipient who opted out of
   * the channel, or whose number is marked wrong, gets nothing; the receipt says {@link
   * SendStatus#OPTED_OUT} or {@link SendStatus#WRONG_NUMBER} (not failures: the workflow picks
   * another rung).
   */
  @ActivityMethod(name = "ChannelSend")
  SendReceipt send(OutboundMessage message);
}
