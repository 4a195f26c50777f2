/**
 * The after-hours message triage outcome (answering-service replacement): a patient's new message
 * or voicemail transcript is classified (emergency, urgent, routine, refill) and ends with the
 * patient answered, confirmed, or with a named person owning it. See docs/message-triage.md.
 */
package io.followthrough.triage;
