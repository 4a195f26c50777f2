package io.followthrough.channels;

/**
 * The answer to {@link ChannelActivities#send}.
 *
 * @param messageId the message's id (for delivery receipts and replies); null when nothing was sent
 * @param status what happened
 * @param duplicate true when this idempotency key was seen before: this is the first call's receipt
 *     and nothing new was sent
 */
public record SendReceipt(String messageId, SendStatus status, boolean duplicate) {}
