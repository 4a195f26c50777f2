/**
 * The outbound-messaging contract: {@link io.followthrough.channels.ChannelActivities} and the
 * records for messages out, replies in and delivery receipts. Messages name a recipient
 * <em>reference</em> and a template, never an address or free text, so workflow histories hold no
 * raw PHI; the channel adapter resolves the reference and renders the template. Simulators live in
 * {@code io.followthrough.activities.channels}.
 */
package io.followthrough.channels;
