package io.followthrough.activities.priorauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.followthrough.priorauth.AuthRule;
import org.junit.jupiter.api.Test;

class PayerRulesTest {
  final PayerRules rules = PayerRules.bundled();

  @Test
  void theBundledTableDecidesByPayerAndSpecialty() {
    assertEquals(new AuthRule(true, "93306", 14), rules.rule("aetna", "cardiology", null));
    assertEquals(new AuthRule(true, "93306", 14), rules.rule("AETNA", " Cardiology ", null));
    assertEquals(new AuthRule(true, "11102", 7), rules.rule("bcbs", "dermatology", null));
    assertFalse(rules.rule("medicare", "dermatology", null).required(), "exempt row first");
    assertEquals(new AuthRule(true, "45378", 15), rules.rule("cigna", "gastroenterology", null));
    assertFalse(rules.rule("aetna", "gastroenterology", null).required(), "no row: not needed");
    assertEquals(
        new AuthRule(true, "73721", 14), rules.rule("aetna", null, "73721"), "by service code");
  }

  @Test
  void aMalformedTableIsRefusedWithItsLine() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> PayerRules.parse("# c\n* | x | 1 | maybe | 3\n"));
    assertEquals("payer-rules.txt line 2: auth is required or exempt", e.getMessage());
  }
}
