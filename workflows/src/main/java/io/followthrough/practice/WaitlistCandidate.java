package io.followthrough.practice;

/**
 * A waitlist entry with what ranking a freed slot needs.
 *
 * @param entry the waitlist entry (patient, specialty, urgency, when they joined)
 * @param preferences fit preferences; never null ({@link WaitlistPreferences#none()} when unknown)
 */
public record WaitlistCandidate(WaitlistEntry entry, WaitlistPreferences preferences) {

  public WaitlistCandidate {
    preferences = preferences == null ? WaitlistPreferences.none() : preferences;
  }
}
