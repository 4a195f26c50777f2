package io.followthrough.drafting;

/** Who a drafted message is for; decides tone and what may be said. */
public enum Audience {
  PATIENT,
  REFERRING_PROVIDER,
  STAFF
}
