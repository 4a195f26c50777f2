package io.followthrough.activities.priorauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.drafting.local.LocalDrafting;
import io.followthrough.channels.Channel;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offline default drafts the appeal letter the workflow asks for, from codes only. */
class AppealDraftTest {

  @Test
  void theAppealLetterStatesTheDenialCodesAndDocuments() {
    Draft d =
        LocalDrafting.bundled()
            .draft(
                new DraftRequest(
                    "prior-auth-appeal",
                    Audience.STAFF,
                    Channel.FAX,
                    "en",
                    Map.of(
                        "practice_name", "Followthrough Specialty Clinic",
                        "auth_ref", "PA-0001",
                        "service_code", "93306",
                        "denial_reason", "not-medically-necessary",
                        "payer", "aetna",
                        "diagnosis_codes", "I25.10",
                        "documents", "clinical-notes")));
    assertEquals("prior-auth-appeal.staff.fax", d.templateId());
    assertEquals("local/templates-v1/prior-auth-appeal@1", d.provenance().code());
    assertTrue(d.body().startsWith("APPEAL OF A PRIOR AUTHORIZATION DENIAL\n"), d.body());
    for (String part :
        new String[] {
          "Authorization reference: PA-0001",
          "Service code: 93306",
          "Diagnosis codes: I25.10",
          "Denial reason: not-medically-necessary",
          "Enclosed clinical documents: clinical-notes."
        }) {
      assertTrue(d.body().contains(part), part + " in\n" + d.body());
    }
  }
}
