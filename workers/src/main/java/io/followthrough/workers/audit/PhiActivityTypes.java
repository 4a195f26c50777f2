package io.followthrough.workers.audit;

import java.util.Set;

/**
 * The activity types that read or write PHI, whose every execution the worker audits ({@link
 * PhiAccessAudit}): document understanding (it reads the document), the practice system's patient
 * and appointment operations, channel sends, drafting (its prompts carry patient context), and
 * prior-authorization submissions to payers (patient, codes and documents leave the practice).
 */
public final class PhiActivityTypes {

  /** Activity type names as Temporal knows them. */
  public static final Set<String> ALL =
      Set.of(
          "UnderstandDocument",
          "PracticeMatchPatient",
          "PracticeCreatePatient",
          "PracticeCheckCoverage",
          "PracticeBookAppointment",
          "PracticeCancelAppointment",
          "PracticeAppointmentStatus",
          "PracticeAddToWaitlist",
          "PracticeListWaitlist",
          "PracticeReadiness",
          "ChannelSend",
          "DraftingDraft",
          "DraftingTriage",
          "DraftingInterpretReply",
          "PayerSubmit",
          "PayerAnswerRequest",
          "PayerSubmitAppeal");

  private PhiActivityTypes() {}
}
