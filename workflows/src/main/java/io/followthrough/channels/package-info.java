/**
 * The outbound-messaging contract: {@link io.followthrough.channels.ChannelActivities} and the
 * records for messages out, replies in and delivery receipts. Messages name a recipient
 * <em>reference</em> and a template, never an address, so workflow histories hold no contact
 * details; the channel adapter resolves the reference and either renders the template or sends a
 * drafted body (minimum-necessary text checked by {@code DraftingActivities}, carried in encrypted
 * payloads and never logged). Simulators live in {@code io.followthrough.activities.channels}.
 */
package io.followthrough.channels;
