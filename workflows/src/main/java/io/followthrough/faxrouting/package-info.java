/**
 * The fax routing outcome: every faxed document that is not a referral or a refill request (lab
 * results, medical records, eligibility letters, patient forms, payer letters, other) is filed to
 * the right patient chart and work queue, results wait for the ordering provider's acknowledgement,
 * and the sender is told when policy says so. See docs/fax-routing.md.
 */
package io.followthrough.faxrouting;
