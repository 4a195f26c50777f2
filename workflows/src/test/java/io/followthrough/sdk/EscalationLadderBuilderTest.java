package io.followthrough.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EscalationLadderBuilderTest {
  static final HumanTaskSpec SUPERVISOR = HumanTaskSpec.forRole("supervisor", "no-answer");

  @Test
  void ladderEndingInAChannelIsRejected() {
    EscalationLadder.Builder b =
        EscalationLadder.builder().rung("sms-1", "sms", Duration.ofHours(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("the last rung of an escalation ladder must be a human task", e.getMessage());
  }

  @Test
  void emptyLadderIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> EscalationLadder.builder().build());
  }

  @Test
  void humanTaskBelowTheTopIsRejected() {
    EscalationLadder.Builder b =
        EscalationLadder.builder()
            .humanTask("staff", Duration.ofHours(1), SUPERVISOR)
            .humanTask("supervisor", Duration.ofHours(1), SUPERVISOR);
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void rungsKeepTheirOrder() {
    EscalationLadder ladder =
        EscalationLadder.builder()
            .rung("sms-1", "sms", Duration.ofHours(1))
            .rung("voice", "voice", Duration.ofHours(24))
            .humanTask("staff", Duration.ofHours(4), SUPERVISOR)
            .build();
    assertEquals(
        java.util.List.of("sms-1", "voice", "staff"),
        ladder.rungs().stream().map(Rung::name).toList());
  }

  @Test
  void stagesAndSpecsValidateTheirArguments() {
    assertThrows(IllegalArgumentException.class, () -> Stage.named(" "));
    assertThrows(IllegalArgumentException.class, () -> Stage.named("x").withRetryBudget(0));
    assertThrows(
        IllegalArgumentException.class, () -> SUPERVISOR.withEscalation(Duration.ZERO, "boss"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Confirmation(Duration.ofHours(2), Duration.ofHours(1)));
  }

  @Test
  void idempotencyKeysAreDeterministicAndRejectWhitespace() {
    assertEquals("referral/F-1:outreach:2", IdempotencyKeys.of("referral/F-1", "outreach", 2));
    assertEquals(
        IdempotencyKeys.of("referral/F-1", "outreach", 2),
        IdempotencyKeys.of("referral/F-1", "outreach", 2));
    assertThrows(IllegalArgumentException.class, () -> IdempotencyKeys.of("a b", "s", 1));
  }

  @Test
  void activityPoliciesAreExplicit() {
    var standard = ActivityPolicies.standard();
    assertEquals(Duration.ofSeconds(30), standard.getStartToCloseTimeout());
    assertEquals(10, standard.getRetryOptions().getMaximumAttempts());
    assertEquals(
        ActivityPolicies.INVALID_INPUT,
        ActivityPolicies.outbound().getRetryOptions().getDoNotRetry()[0]);
  }
}
