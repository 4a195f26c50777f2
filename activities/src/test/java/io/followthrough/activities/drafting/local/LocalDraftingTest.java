package io.followthrough.activities.drafting.local;

import static io.followthrough.activities.drafting.DraftFixtures.ALL_FACTS;
import static io.followthrough.activities.drafting.DraftFixtures.LINK;
import static io.followthrough.activities.drafting.DraftFixtures.UNRELATED;
import static io.followthrough.activities.drafting.DraftFixtures.request;
import static io.followthrough.activities.drafting.DraftFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.drafting.check.DraftCheck;
import io.followthrough.activities.drafting.purpose.FactRules;
import io.followthrough.activities.drafting.purpose.PreparedDraft;
import io.followthrough.activities.drafting.purpose.PurposeCatalog;
import io.followthrough.activities.drafting.purpose.PurposeSpec;
import io.followthrough.channels.Channel;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.drafting.DraftingActivities;
import io.temporal.failure.ApplicationFailure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalDraftingTest {
  final LocalDrafting drafting = LocalDrafting.bundled();
  final PurposeCatalog catalog = PurposeCatalog.bundled();

  @Test
  void everyPurposeChannelAndLanguageRendersWithinItsChecks() {
    int rendered = 0;
    for (PurposeSpec spec : catalog.all()) {
      for (Channel channel : spec.channels()) {
        for (String language : List.of("en", "es")) {
          for (Map<String, String> facts : factVariants(spec, channel)) {
            DraftRequest r = request(spec.purpose(), spec.audience(), channel, language, facts);
            Draft d = drafting.draft(r);
            String where = d.templateId() + "/" + language + "/" + facts.keySet();
            assertEquals(language, d.language(), where);
            assertEquals(spec.templateId(channel), d.templateId());
            assertEquals("local/templates-v1/" + spec.purpose() + "@1", d.provenance().code());
            assertEquals(
                List.of(),
                DraftCheck.problems(d.body(), PreparedDraft.of(r, catalog)),
                where + ":\n" + d.body());
            assertTrue(d.body().length() <= channel.maxBodyLength(), where);
            assertFalse(d.body().contains("\n\n\n"), where);
            if (d.variables().containsKey("link") && channel != Channel.VOICE) {
              assertTrue(d.body().contains(LINK), where);
            }
            rendered++;
          }
        }
      }
    }
    // Plain purpose x channel pairs (17 referral-era, 6 intake readiness, 12 cancellation
    // recovery, 3 fax routing, 1 prior-auth appeal), close-the-loop's 2 once per status, the
    // refill decision's 3 once per decision, in 2 languages, each with all facts and with the
    // required ones only.
    assertEquals(
        2
            * 2
            * (17
                + 6
                + 12
                + 3
                + 1
                + 2 * FactRules.STATUSES.size()
                + 3 * FactRules.REFILL_DECISIONS.size()),
        rendered);
  }

  @Test
  void outreachTextReadsAsWrittenInBothLanguages() {
    Draft en =
        drafting.draft(
            request("referral-outreach", Audience.PATIENT, Channel.SMS, "en", ALL_FACTS));
    assertEquals(
        """
        Hi Ana, this is Riverside Specialty Clinic. Your doctor referred you to our cardiology \
        team. Choose a visit time here:
        https://book.example.org/r/AbC123
        Reply STOP to opt out.""",
        en.body());
    Draft es =
        drafting.draft(
            request("referral-outreach", Audience.PATIENT, Channel.SMS, "es-MX", ALL_FACTS));
    assertEquals("es", es.language());
    assertTrue(es.body().startsWith("Hola Ana, le escribe Riverside Specialty Clinic."));
    assertTrue(es.body().contains("equipo de cardiología"));
    assertTrue(es.body().contains("\nhttps://book.example.org/r/AbC123\n"));
  }

  @Test
  void factsThePurposeDoesNotUseNeverReachTheDraft() {
    Map<String, String> facts = new HashMap<>(ALL_FACTS);
    facts.putAll(UNRELATED);
    Draft d =
        drafting.draft(request("referral-reminder", Audience.PATIENT, Channel.EMAIL, "en", facts));
    for (String value : UNRELATED.values()) {
      assertFalse(d.body().contains(value));
    }
    assertFalse(d.body().contains("Lopez"), "a patient text uses the first name only");
    assertFalse(d.body().contains("1962"));
    assertEquals(
        Map.of(
            "first_name", "Ana",
            "practice_name", "Riverside Specialty Clinic",
            "specialty", "cardiology",
            "link", LINK),
        d.variables(),
        "variables hold only the facts the purpose uses");
  }

  @Test
  void anUnsupportedLanguageFallsBackToEnglishAndSaysSo() {
    Draft d =
        drafting.draft(
            request("appointment-reminder", Audience.PATIENT, Channel.SMS, "fr", ALL_FACTS));
    assertEquals("en", d.language());
    assertTrue(d.body().contains("Tuesday, November 24 at 9:30 AM"), d.body());
  }

  @Test
  void missingItemsReadAsLabelsAndOptionalPartsDisappear() {
    Map<String, String> facts =
        Map.of(
            "practice_name", "Riverside Specialty Clinic",
            "referral_ref", "ref-7F3K",
            "missing", "member_id,icd10,xray_report");
    Draft en =
        drafting.draft(
            request(
                "referral-missing-info", Audience.REFERRING_PROVIDER, Channel.FAX, "en", facts));
    assertTrue(en.body().contains("- insurance member ID\n- diagnosis codes (ICD-10)\n"));
    assertTrue(en.body().contains("- xray report"), "an unknown code reads as itself");
    assertTrue(en.body().contains("Dear colleague,"));
    assertFalse(en.body().contains("Patient:"));
    Draft es =
        drafting.draft(
            request(
                "referral-missing-info", Audience.REFERRING_PROVIDER, Channel.FAX, "es", facts));
    assertTrue(es.body().contains("- número de afiliado del seguro"));
    assertTrue(es.body().contains("Estimado/a colega:"));
  }

  @Test
  void closeTheLoopSaysWhatHappened() {
    Map<String, String> declined =
        with(with(ALL_FACTS, "status", "declined"), "decline_reason", "transport");
    Draft d =
        drafting.draft(
            request(
                "referral-close-loop", Audience.REFERRING_PROVIDER, Channel.FAX, "en", declined));
    assertTrue(
        d.body().contains("chosen not to schedule this referral (reason given: transportation)"));
    assertFalse(d.body().contains("November"), "a decline does not state the appointment");
    Draft seen =
        drafting.draft(
            request(
                "referral-close-loop",
                Audience.REFERRING_PROVIDER,
                Channel.EMAIL,
                "es",
                with(with(ALL_FACTS, "status", "seen"), "appointment_at", "2026-12-01")));
    assertTrue(
        seen.body()
            .contains(
                "fue atendido/a por nuestro equipo de cardiología el martes 1 de diciembre."));
    Draft closed =
        drafting.draft(
            request(
                "referral-close-loop",
                Audience.REFERRING_PROVIDER,
                Channel.FAX,
                "en",
                with(ALL_FACTS, "status", "closed")));
    assertTrue(closed.body().contains("closed this referral without an appointment"));
    assertFalse(closed.body().contains("could not reach"), "one status, one sentence");
  }

  @Test
  void requestsThatCannotBeDraftedAreInvalidInputWithoutValues() {
    Map<String, String> noLink = with(ALL_FACTS, "link", null);
    ApplicationFailure missing =
        invalid(request("referral-outreach", Audience.PATIENT, Channel.SMS, "en", noLink));
    assertEquals("referral-outreach needs facts: link", missing.getOriginalMessage());
    assertEquals(
        "referral-outreach needs facts: link",
        invalid(request("referral-outreach", Audience.PATIENT, Channel.SMS, "en", noLink))
            .getOriginalMessage());
    assertEquals(
        "referral-outreach needs facts: first_name, practice_name, specialty",
        invalid(request("referral-outreach", Audience.PATIENT, Channel.VOICE, "en", Map.of()))
            .getOriginalMessage(),
        "a voice script needs no link");
    assertEquals(
        "unknown purpose",
        invalid(request("Ana Lopez 1962", Audience.PATIENT, Channel.SMS, "en", ALL_FACTS))
            .getOriginalMessage());
    assertEquals(
        "unknown purpose lab-result-ready",
        invalid(request("lab-result-ready", Audience.PATIENT, Channel.SMS, "en", ALL_FACTS))
            .getOriginalMessage());
    invalid(
        request("referral-outreach", Audience.REFERRING_PROVIDER, Channel.SMS, "en", ALL_FACTS));
    invalid(request("referral-outreach", Audience.PATIENT, Channel.FAX, "en", ALL_FACTS));
    invalid(request("referral-outreach", Audience.PATIENT, null, "en", ALL_FACTS));
    ApplicationFailure date =
        invalid(
            request(
                "appointment-reminder",
                Audience.PATIENT,
                Channel.SMS,
                "en",
                with(ALL_FACTS, "appointment_at", "next Tuesday 9:30")));
    assertEquals("fact appointment_at has an unexpected format", date.getOriginalMessage());
    assertEquals(
        "referral-close-loop needs facts: appointment_at",
        invalid(
                request(
                    "referral-close-loop",
                    Audience.REFERRING_PROVIDER,
                    Channel.FAX,
                    "en",
                    with(ALL_FACTS, "appointment_at", null)))
            .getOriginalMessage());
    invalid(
        request(
            "referral-close-loop",
            Audience.REFERRING_PROVIDER,
            Channel.FAX,
            "en",
            with(ALL_FACTS, "status", "lost")));
    invalid(null);
  }

  @Test
  void anSmsThatWouldBeTooLongIsRefusedNotCut() {
    Map<String, String> facts =
        with(
            with(
                ALL_FACTS,
                "practice_name",
                "The Riverside Regional Specialty Care Partners Clinic"),
            "link",
            "https://book.example.org/r/" + "x".repeat(150));
    ApplicationFailure e =
        invalid(request("referral-outreach", Audience.PATIENT, Channel.SMS, "en", facts));
    assertTrue(e.getOriginalMessage().startsWith("referral-outreach.patient.sms would be "));
    assertTrue(
        drafting
                .draft(request("referral-outreach", Audience.PATIENT, Channel.EMAIL, "en", facts))
                .body()
                .length()
            > Channel.SMS.maxBodyLength(),
        "the same facts fit an email");
  }

  private ApplicationFailure invalid(DraftRequest request) {
    ApplicationFailure e = assertThrows(ApplicationFailure.class, () -> drafting.draft(request));
    assertEquals(DraftingActivities.INVALID_INPUT, e.getType());
    assertTrue(e.isNonRetryable());
    for (String value : ALL_FACTS.values()) {
      assertFalse(e.getOriginalMessage().contains(value), e.getOriginalMessage());
    }
    return e;
  }

  /** All facts, and only the required ones (per close-the-loop status). */
  private static List<Map<String, String>> factVariants(PurposeSpec spec, Channel channel) {
    List<Map<String, String>> statuses =
        spec.purpose().equals("referral-close-loop")
            ? FactRules.STATUSES.stream().map(s -> with(ALL_FACTS, "status", s)).toList()
            : spec.purpose().startsWith("refill-decision-")
                ? FactRules.REFILL_DECISIONS.stream()
                    .map(d -> with(ALL_FACTS, "refill_decision", d))
                    .toList()
                : List.of(ALL_FACTS);
    List<Map<String, String>> out = new java.util.ArrayList<>();
    for (Map<String, String> all : statuses) {
      out.add(all);
      Map<String, String> required = new HashMap<>();
      for (String f : spec.requiredFor(channel)) {
        required.put(f, all.get(f));
      }
      if (List.of("scheduled", "seen").contains(all.get("status"))) {
        required.put("appointment_at", all.get("appointment_at"));
      }
      out.add(required);
    }
    return out;
  }
}
