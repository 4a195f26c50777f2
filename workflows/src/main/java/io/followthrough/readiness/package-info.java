/**
 * The intake-readiness outcome: before a booked visit, forms, insurance, referral or authorization
 * and identity documents are on file, or a person decides.
 */
package io.followthrough.readiness;
