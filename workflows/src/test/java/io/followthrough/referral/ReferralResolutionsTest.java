package io.followthrough.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReferralResolutionsTest {

  @Test
  void eachTaskAcceptsOnlyItsResolutions() {
    assertNull(ReferralResolutions.problem("book-appointment", "book:slot-00412"));
    assertNull(ReferralResolutions.problem("patient-unreachable", "declined:went-elsewhere"));
    assertNull(ReferralResolutions.problem("patient-ambiguous", "pt-0050"));
    assertNull(ReferralResolutions.problem("staff-call", "called"));
    assertNotNull(ReferralResolutions.problem("patient-unreachable", "called"));
    assertNotNull(ReferralResolutions.problem("book-appointment", "book:"));
    assertNotNull(ReferralResolutions.problem("book-appointment", "book:slot 1"));
    assertNotNull(ReferralResolutions.problem("patient-unreachable", "declined:Went Elsewhere"));
    assertNotNull(ReferralResolutions.problem("coverage-inactive", "proceed"));
    assertNotNull(ReferralResolutions.problem("patient-ambiguous", "close now"));
    assertNull(ReferralResolutions.problem("a-reason-of-another-outcome", "anything"));
  }

  @Test
  void resolutionsBecomeDecisions() {
    assertEquals(
        new Decision(Decision.Kind.BOOK_SLOT, "slot-1"),
        ReferralResolutions.decision("book:slot-1"));
    assertEquals(
        new Decision(Decision.Kind.DECLINED, "cost"),
        ReferralResolutions.decision("declined:cost"));
    assertEquals(Decision.Kind.SCHEDULE, ReferralResolutions.decision("wants-appointment").kind());
    assertEquals(Decision.Kind.UNREACHABLE, ReferralResolutions.decision("unreachable").kind());
    assertEquals(Decision.Kind.CLOSED, ReferralResolutions.decision("close").kind());
    assertEquals(Decision.Kind.CONTINUE, ReferralResolutions.decision("called").kind());
  }
}
