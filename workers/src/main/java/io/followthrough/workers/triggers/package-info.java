/**
 * What starts an outcome: practice-system events and new patient conversations, relayed by the
 * sandbox (and, in production, by the practice system's and channels' webhooks), handed to every
 * {@link io.followthrough.workers.triggers.OutcomeTrigger} bean.
 */
package io.followthrough.workers.triggers;
