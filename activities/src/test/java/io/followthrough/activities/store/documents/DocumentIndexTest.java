package io.followthrough.activities.store.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.store.TestStore;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DocumentIndexTest {

  static final String HASH = "ab".repeat(32);
  static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void registersOnceAndClassifiesLater() {
    try (TestStore test = TestStore.postgres(Clock.systemUTC())) {
      DocumentIndex index = test.store().documents();
      IndexedDocument fax =
          new IndexedDocument(HASH, "image/tiff", 3, RECEIVED, null, "referral/f-1");
      assertTrue(index.register(fax));
      assertFalse(index.register(fax), "a re-sent fax with the same content is not indexed twice");
      assertTrue(index.classify(HASH, "referral", RECEIVED.plusSeconds(5)));
      assertFalse(index.classify("cd".repeat(32), "referral", RECEIVED));
      assertEquals(
          new IndexedDocument(HASH, "image/tiff", 3, RECEIVED, "referral", "referral/f-1"),
          index.find(HASH).orElseThrow());
      assertTrue(
          index.register(
              new IndexedDocument(
                  "cd".repeat(32),
                  "application/pdf",
                  1,
                  RECEIVED.plusSeconds(60),
                  null,
                  "referral/f-1")));
      index.register(new IndexedDocument("ef".repeat(32), "image/png", 1, RECEIVED, null, "x/1"));
      assertEquals(
          java.util.List.of(HASH, "cd".repeat(32)),
          index.forWorkflow("referral/f-1").stream().map(IndexedDocument::documentIdHash).toList());
    }
  }

  @Test
  void refusesValuesThatAreNotIdentifiers() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new IndexedDocument("patient-jane.pdf", "application/pdf", 1, RECEIVED, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new IndexedDocument(HASH, "a pdf", 1, RECEIVED, null, null));
  }
}
