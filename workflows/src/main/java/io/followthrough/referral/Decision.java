package io.followthrough.referral;

/**
 * What the patient (or a person on their behalf) decided, as the outreach and scheduling steps hand
 * it on.
 *
 * @param kind the decision
 * @param code the slot id for {@link Kind#BOOK_SLOT}, the reason code for {@link Kind#DECLINED} and
 *     {@link Kind#UNREACHABLE}, else null
 */
record Decision(Kind kind, String code) {

  enum Kind {
    /** A person chose a slot: book it. */
    BOOK_SLOT,
    /** An appointment was booked outside the workflow (self-scheduled, or in the EHR). */
    BOOKED,
    /** The patient wants an appointment: a person books one. */
    SCHEDULE,
    /** The patient does not want care here. */
    DECLINED,
    /** The patient could not be reached. */
    UNREACHABLE,
    /** Staff closed the referral. */
    CLOSED,
    /** Nothing decided: keep going. */
    CONTINUE
  }

  static Decision of(Kind kind) {
    return new Decision(kind, null);
  }

  boolean is(Kind k) {
    return kind == k;
  }
}
