package io.followthrough.activities.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.triage.PageReceipt;
import io.followthrough.triage.PageRequest;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxPagerTest {
  @TempDir Path dir;

  private static PageRequest request(String key) {
    return new PageRequest("prov-oncall-1", "emergency", "pt-0001", "sms", key);
  }

  @Test
  void pagesOncePerKeyAndKeepsAnswersAcrossRestarts() {
    SandboxPager pager = new SandboxPager(dir.resolve("pages.json"), Clock.systemUTC());
    PageReceipt first = pager.page(request("message-triage/sms-1:page-on-call.primary:1"));
    PageReceipt again = pager.page(request("message-triage/sms-1:page-on-call.primary:1"));
    assertFalse(first.duplicate());
    assertTrue(again.duplicate());
    assertEquals(first.pageId(), again.pageId());
    assertEquals(1, pager.pages().size());

    assertEquals(
        "called-back", pager.answer(first.pageId(), "dr-1", "called-back").orElseThrow().status());
    assertTrue(pager.answer("page-999999", "dr-1", "acknowledged").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> pager.answer(first.pageId(), "dr-1", "x"));

    SandboxPager reopened = new SandboxPager(dir.resolve("pages.json"), Clock.systemUTC());
    assertEquals(pager.pages(), reopened.pages());
    assertTrue(reopened.page(request("message-triage/sms-1:page-on-call.primary:1")).duplicate());
    assertEquals("dr-1", reopened.pages().get(0).answeredBy());
  }
}
