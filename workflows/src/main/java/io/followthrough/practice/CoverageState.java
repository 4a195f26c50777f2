package io.followthrough.practice;

/** Eligibility answer of a coverage check. */
public enum CoverageState {
  ACTIVE,
  INACTIVE,
  /** The payer could not say (unknown member, payer not connected): verify by hand. */
  UNKNOWN
}
