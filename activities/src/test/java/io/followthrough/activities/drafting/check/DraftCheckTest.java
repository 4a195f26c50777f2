package io.followthrough.activities.drafting.check;

import static io.followthrough.activities.drafting.DraftFixtures.ALL_FACTS;
import static io.followthrough.activities.drafting.DraftFixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.drafting.purpose.PreparedDraft;
import io.followthrough.activities.drafting.purpose.PurposeCatalog;
import io.followthrough.channels.Channel;
import io.followthrough.drafting.Audience;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftCheckTest {
  static final String LINK = "https://book.example.org/r/AbC123";
  static final String GOOD =
      "Hi Ana, Riverside Specialty Clinic here: your cardiology appointment is on Tuesday,"
          + " November 24 at 9:30 AM. To change it: "
          + LINK;

  final PreparedDraft reminder =
      PreparedDraft.of(
          request("appointment-reminder", Audience.PATIENT, Channel.SMS, "en", ALL_FACTS),
          PurposeCatalog.bundled());

  List<String> codes(String body) {
    return DraftCheck.problems(body, reminder).stream().map(Problem::code).distinct().toList();
  }

  @Test
  void aDraftStatingOnlyTheFactsPasses() {
    assertEquals(List.of(), codes(GOOD));
  }

  @Test
  void inventedNumbersLinksAddressesAndNamesAreCaught() {
    assertEquals(List.of("unknown-number"), codes(GOOD.replace("9:30", "10:30")));
    assertEquals(List.of("unknown-number"), codes(GOOD + " Questions? 212-555-0101"));
    assertEquals(List.of("unknown-link"), codes(GOOD + " More at https://evil.example/x"));
    assertEquals(List.of("unknown-contact"), codes(GOOD + " Or write to help@riverside.example"));
    assertEquals(List.of("unknown-name"), codes(GOOD + " Dr. Patel will see you."));
    assertEquals(List.of("unknown-name"), codes(GOOD.replace("Hi Ana", "Hi Maria")));
  }

  @Test
  void theLinkMustBeThereUnchanged() {
    assertTrue(codes(GOOD.replace(LINK, "")).contains("missing-link"));
    List<String> altered = codes(GOOD.replace("AbC123", "abc123"));
    assertTrue(altered.contains("missing-link") && altered.contains("unknown-link"), "" + altered);
  }

  @Test
  void lengthPlaceholdersAndLanguage() {
    assertTrue(codes(GOOD + " " + "Please arrive early. ".repeat(10)).contains("too-long"));
    assertEquals(
        List.of("placeholder"), codes(GOOD.replace("Ana", "[First Name]").replace("Hi ", "")));
    assertEquals(List.of("blank"), codes("  "));
    PreparedDraft spanish =
        PreparedDraft.of(
            request("appointment-reminder", Audience.PATIENT, Channel.SMS, "es", ALL_FACTS),
            PurposeCatalog.bundled());
    List<String> english = DraftCheck.problems(GOOD, spanish).stream().map(Problem::code).toList();
    assertTrue(english.contains("wrong-language"), "" + english);
  }

  @Test
  void problemsNeverPrintTheirDetail() {
    Problem p = DraftCheck.problems(GOOD + " Dr. Patel", reminder).get(0);
    assertTrue(p.detail().contains("Patel"));
    assertFalse(p.toString().contains("Patel"));
  }
}
