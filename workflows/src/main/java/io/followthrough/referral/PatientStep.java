package io.followthrough.referral;

import io.followthrough.practice.MatchStatus;
import io.followthrough.practice.PatientMatch;
import io.followthrough.practice.PatientPreferences;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;

/**
 * Stage {@code match-patient}: the patient in the practice system, by MRN or name and date of birth
 * (the phone breaking ties). One match is taken; a tie goes to a coordinator ({@code
 * patient-ambiguous}, resolution the chosen patient ref); no match registers the patient when the
 * policy allows (idempotent), else a coordinator finds them ({@code patient-not-found}). Then the
 * patient's language and time zone are read for drafting and quiet hours.
 */
final class PatientStep {
  private final ReferralContext ctx;

  PatientStep(ReferralContext ctx) {
    this.ctx = ctx;
  }

  /** True to go on; false when a person closed the referral. */
  boolean run() {
    ctx.outcome.enterStage(ReferralStages.MATCH_PATIENT);
    ReferralState s = ctx.state;
    while (s.patientRef == null) {
      String problem = findOrCreate();
      if (problem != null) {
        String reason = problem.startsWith("ambiguous") ? "patient-ambiguous" : "patient-not-found";
        HumanTask task =
            ctx.ask(
                ctx.task("coordinator", reason)
                    .withContext("tried", problem)
                    .withContext(
                        "suggestion",
                        reason.equals("patient-ambiguous") ? "choose-patient" : "register-or-find"),
                () -> false);
        if (ReferralResolutions.CLOSE.equals(task.resolution())) {
          return false;
        }
        s.patientRef = task.resolution();
        ctx.note("patient-chosen-by-staff");
      }
    }
    readPreferences();
    return true;
  }

  /** Sets the patient ref, or returns a non-PHI code saying why a person must. */
  private String findOrCreate() {
    ReferralFields f = ctx.state.fields;
    if (!f.canMatch()) {
      return "no-identity-fields";
    }
    PatientMatch match;
    try {
      match = ctx.practice.matchPatient(f.patientQuery());
    } catch (ActivityFailure e) {
      return "match-failed:" + ReferralContext.failureType(e);
    }
    if (match.status() == MatchStatus.MATCHED) {
      ctx.state.patientRef = match.patientRef();
      ctx.note("patient-matched:" + match.basis());
      return null;
    }
    if (match.status() == MatchStatus.AMBIGUOUS) {
      return "ambiguous:" + match.candidateCount() + "-candidates:" + match.basis();
    }
    if (!ctx.policy.createPatientAllowed()) {
      return "no-match:create-not-allowed";
    }
    try {
      ctx.state.patientRef =
          ctx.practice.createPatient(
              f.newPatient(null, null),
              IdempotencyKeys.forStep(ctx.outcome.stage() + ".create", 1));
      ctx.note("patient-created");
      return null;
    } catch (ActivityFailure e) {
      return "no-match:create-failed:" + ReferralContext.failureType(e);
    }
  }

  private void readPreferences() {
    try {
      PatientPreferences p = ctx.practice.patientPreferences(ctx.state.patientRef);
      ctx.state.language = p.language();
      ctx.state.timeZone = p.timeZone();
    } catch (ActivityFailure e) {
      ctx.outcome.record(
          TimelineKind.ATTEMPT_FAILED, "preferences:" + ReferralContext.failureType(e));
    }
  }
}
