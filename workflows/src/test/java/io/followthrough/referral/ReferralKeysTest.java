package io.followthrough.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferralKeysTest {
  private static final Map<String, String> BASE = ReferralFixtures.complete();

  private static String key(String documentId, Map<String, String> values) {
    return ReferralKeys.referralKey(ReferralFixtures.facts(documentId, values));
  }

  @Test
  void theSameReferralGivesTheSameKeyWhateverTheFaxLooksLike() {
    String first = key("fax-1", BASE);
    assertTrue(first.matches("rk-[0-9a-f]{24}"), first);
    assertEquals(first, key("fax-2", ReferralFixtures.with(BASE, "patient_name", "ANA  REYES")));
    assertEquals(first, key("fax-3", ReferralFixtures.with(BASE, "patient_name", "Ána Réyes")));
    assertEquals(
        first, key("fax-4", ReferralFixtures.with(BASE, "specialty", "cardiology consult")));
    assertEquals(first, key("fax-5", ReferralFixtures.with(BASE, "reason", "something else")));
  }

  @Test
  void anotherPatientProviderOrSpecialtyIsAnotherReferral() {
    String first = key("fax-1", BASE);
    assertNotEquals(first, key("fax-1", ReferralFixtures.with(BASE, "dob", "1970-01-03")));
    assertNotEquals(
        first, key("fax-1", ReferralFixtures.with(BASE, "referring_npi", "1245319599")));
    assertNotEquals(first, key("fax-1", ReferralFixtures.with(BASE, "specialty", "Neurology")));
    assertNotEquals(first, key("fax-1", ReferralFixtures.with(BASE, "patient_name", "Ana Rojas")));
  }

  @Test
  void withoutProviderNameOrBirthDateTheDocumentIsTheKey() {
    assertEquals("fax-9", key("fax-9", ReferralFixtures.without(BASE, "referring_npi")));
    assertEquals("fax-9", key("fax-9", ReferralFixtures.without(BASE, "dob")));
    assertEquals("fax-9", key("fax-9", ReferralFixtures.with(BASE, "patient_name", "Ana")));
  }

  @Test
  void theKeyCarriesNoPhiInTheClear() {
    String key = key("fax-1", BASE);
    assertFalse(key.toLowerCase().contains("reyes"));
    assertFalse(key.contains("1970"));
    assertFalse(key.contains(ReferralFixtures.NPI));
  }
}
