package io.followthrough.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

  @Test
  void keyNamesItsWorkflow() {
    String key = IdempotencyKeys.of("referral/r-1", "outreach", 2);

    assertEquals("referral/r-1:outreach:2", key);
    assertEquals(Optional.of("referral/r-1"), IdempotencyKeys.workflowIdOf(key));
  }

  @Test
  void keysOfOtherShapesNameNoWorkflow() {
    assertTrue(IdempotencyKeys.workflowIdOf("demo-1").isEmpty());
    assertTrue(IdempotencyKeys.workflowIdOf(":stage:1").isEmpty());
    assertTrue(IdempotencyKeys.workflowIdOf(null).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> IdempotencyKeys.of("a b", "s", 1));
  }
}
