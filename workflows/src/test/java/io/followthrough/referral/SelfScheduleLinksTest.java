package io.followthrough.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SelfScheduleLinksTest {

  @Test
  void theLinkEndsInTheReferralKeyWhichLeadsBackToTheWorkflow() {
    String id = ReferralWorkflow.workflowId("rk-0123456789abcdef01234567");
    String link = SelfScheduleLinks.forWorkflow("https://demo.example.org/", id);

    assertEquals("https://demo.example.org/sandbox/schedule/rk-0123456789abcdef01234567", link);
    assertEquals(
        SelfScheduleLinks.linkBase("https://demo.example.org") + "rk-0123456789abcdef01234567",
        link);
    String token = SelfScheduleLinks.tokenOf(link).orElseThrow();
    assertEquals(Optional.of(id), SelfScheduleLinks.workflowId(token));
  }

  @Test
  void blankBaseUrlIsTheDevAddress() {
    assertEquals("http://127.0.0.1:8080/sandbox/schedule/", SelfScheduleLinks.linkBase(" "));
    assertEquals(
        SelfScheduleLinks.linkBase(null), SelfScheduleLinks.linkBase("http://127.0.0.1:8080//"));
  }

  @Test
  void foreignTokensLinksAndWorkflowsAreRefused() {
    assertTrue(SelfScheduleLinks.workflowId("").isEmpty());
    assertTrue(SelfScheduleLinks.workflowId("../admin").isEmpty());
    assertTrue(SelfScheduleLinks.workflowId("a b").isEmpty());
    assertTrue(SelfScheduleLinks.tokenOf("https://example.org/book/123").isEmpty());
    assertTrue(SelfScheduleLinks.tokenOf(null).isEmpty());
    assertThrows(
        IllegalArgumentException.class, () -> SelfScheduleLinks.token("lab-result-follow-up/R-1"));
    assertThrows(IllegalArgumentException.class, () -> SelfScheduleLinks.token("referral/a:b"));
  }
}
