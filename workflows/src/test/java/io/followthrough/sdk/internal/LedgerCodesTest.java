package io.followthrough.sdk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LedgerCodesTest {

  @Test
  void codesPassUnchanged() {
    assertEquals("task:supervisor", LedgerCodes.code("task:supervisor", 64));
    assertEquals("DocumentRejected:ENCRYPTED", LedgerCodes.code("DocumentRejected:ENCRYPTED", 64));
    assertNull(LedgerCodes.code(null, 64));
    assertNull(LedgerCodes.code("", 64));
  }

  @Test
  void anythingElseBecomesAnAcceptedCode() {
    assertEquals("await-reply-from-clinic", LedgerCodes.code("await reply from clinic", 64));
    assertEquals("x_private", LedgerCodes.code("_private", 64));
    String longName = "stage-".repeat(20);
    String cut = LedgerCodes.code(longName, 64);
    assertEquals(64, cut.length());
    assertEquals(cut, LedgerCodes.code(longName, 64), "deterministic");
    assertNotEquals(cut, LedgerCodes.code(longName + "x", 64), "long values stay distinct");
    // Whatever comes out, the ledger's own validation accepts it.
    LedgerEvent.newBuilder()
        .outcome("o/1", "run", "type")
        .type(LedgerEventType.STAGE_CHANGED)
        .stage(LedgerCodes.code("wait for the \"signed\" form, é", 64))
        .reasonCode(cut)
        .workflowTime(Instant.EPOCH)
        .build();
  }
}
