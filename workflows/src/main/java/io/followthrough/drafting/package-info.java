/**
 * Contract of the AI that drafts patient and provider messages and makes small decisions (triage,
 * reply interpretation) for outcome workflows. Implementations live in the activities module.
 */
package io.followthrough.drafting;
