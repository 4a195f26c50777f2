package io.followthrough.practice;

/** How a {@link PatientQuery} resolved. */
public enum MatchStatus {
  /** Exactly one patient fits; its reference is in the match. */
  MATCHED,
  /** Several patients fit equally well: a person must choose (never guess). */
  AMBIGUOUS,
  /** No patient fits: create one or ask a person. */
  NONE
}
