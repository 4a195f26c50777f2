package io.followthrough.activities.store.analytics;

import static io.followthrough.activities.store.ledger.OutcomeScript.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.activities.store.MutableClock;
import io.followthrough.activities.store.TestStore;
import io.followthrough.ledger.LedgerEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Analytics figures on a hand-checked event set, run on PostgreSQL and H2 by subclasses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OpsAnalyticsContract {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final double MINUTE = 60_000;

  final MutableClock clock = new MutableClock(T0.plus(Duration.ofHours(3)));
  TestStore test;
  OpsAnalytics analytics;

  abstract TestStore openStore(MutableClock clock);

  @BeforeAll
  void load() {
    List<LedgerEvent> events = new ArrayList<>();
    events.addAll(
        outcome("r1", "referral", T0)
            .atSite("clinic-north")
            .ownedBy("u-1")
            .stage(0, "intake")
            .stage(10, "verify")
            .stage(30, "schedule")
            .completed(90)
            .events());
    events.addAll(
        outcome("r2", "referral", T0)
            .atSite("clinic-north")
            .ownedBy("u-1")
            .stage(0, "intake")
            .stage(20, "verify")
            .escalated(25, 1, "no-reply")
            .escalated(60, 2, "no-reply")
            .failed(120, "no-reply")
            .events());
    events.addAll(
        outcome("r3", "referral", T0)
            .atSite("clinic-south")
            .ownedBy("u-2")
            .stage(0, "intake")
            .stage(40, "verify")
            .taskOpened(41, "r3/verify", "coordinator", 2)
            .events());
    events.addAll(outcome("r4", "referral", T0).stage(0, "intake").failed(5, "duplicate").events());
    events.addAll(
        outcome("c1", "cancellation", T0.plus(Duration.ofDays(1)).minus(Duration.ofHours(23)))
            .atSite("clinic-south")
            .stage(0, "offer")
            .escalated(15, 1, "no-reply")
            .stage(30, "filled")
            .completed(31)
            .events());
    test = openStore(clock);
    test.store().ledger().recordAll(events);
    analytics = test.store().analytics();
  }

  @AfterAll
  void close() {
    test.close();
  }

  @Test
  void funnelCountsOutcomesPerStageInStageOrder() {
    assertEquals(
        List.of(
            new FunnelStep("cancellation", "offer", 1),
            new FunnelStep("cancellation", "filled", 1),
            new FunnelStep("referral", "intake", 4),
            new FunnelStep("referral", "verify", 3),
            new FunnelStep("referral", "schedule", 1)),
        analytics.funnel(AnalyticsFilter.all()));
  }

  @Test
  void fallOutBetweenTwoStages() {
    AnalyticsFilter referrals = AnalyticsFilter.all().withOutcomeType("referral");
    assertEquals(
        new FallOut("intake", "verify", 4, 3, 1, 0),
        analytics.fallOut(referrals, "intake", "verify"));
    FallOut verifyToSchedule = analytics.fallOut(referrals, "verify", "schedule");
    assertEquals(new FallOut("verify", "schedule", 3, 1, 1, 1), verifyToSchedule);
    assertEquals(1.0 / 3, verifyToSchedule.fallOutRate(), 1e-9);
    assertEquals(
        new FallOut("nowhere", "verify", 0, 0, 0, 0),
        analytics.fallOut(referrals, "nowhere", "verify"));
  }

  @Test
  void timeToNextStepPercentiles() {
    List<StageLatency> latencies =
        analytics.timeToNextStep(AnalyticsFilter.all().withOutcomeType("referral"));
    assertEquals(3, latencies.size());
    // intake stays 5, 10, 20, 40 min: continuous p50 = 15, p90 = 20 + 0.7 × 20 = 34.
    assertLatency(latencies.get(0), "intake", 4, 15, 34);
    assertLatency(latencies.get(1), "schedule", 1, 60, 60);
    // verify stays 20 and 100 min (r3 is still in verify and not counted).
    assertLatency(latencies.get(2), "verify", 2, 60, 92);
  }

  private static void assertLatency(
      StageLatency l, String stage, long stays, double p50Min, double p90Min) {
    assertEquals(stage, l.stage());
    assertEquals(stays, l.stays(), stage);
    assertEquals(p50Min * MINUTE, l.p50Ms(), 1, stage + " p50");
    assertEquals(p90Min * MINUTE, l.p90Ms(), 1, stage + " p90");
  }

  @Test
  void escalationsByReasonAndRung() {
    assertEquals(
        List.of(new EscalationCount("no-reply", 1, 2), new EscalationCount("no-reply", 2, 1)),
        analytics.escalations(AnalyticsFilter.all()));
    assertEquals(
        List.of(new EscalationCount("no-reply", 1, 1)),
        analytics.escalations(AnalyticsFilter.all().withOutcomeType("cancellation")));
  }

  @Test
  void completionRateWithFilters() {
    CompletionRate all = analytics.completion(AnalyticsFilter.all());
    assertEquals(new CompletionRate(5, 2, 2, 1), all);
    assertEquals(0.5, all.rate(), 1e-9);
    assertEquals(
        new CompletionRate(4, 1, 2, 1),
        analytics.completion(AnalyticsFilter.all().withOutcomeType("referral")));
    assertEquals(
        new CompletionRate(2, 1, 1, 0),
        analytics.completion(AnalyticsFilter.all().withOwner("u-1")));
    assertEquals(
        new CompletionRate(4, 1, 2, 1),
        analytics.completion(
            AnalyticsFilter.all().startedBetween(T0, T0.plus(Duration.ofMinutes(30)))));
    assertEquals(
        new CompletionRate(1, 1, 0, 0),
        analytics.completion(
            AnalyticsFilter.all().startedBetween(T0.plus(Duration.ofMinutes(30)), null)));
  }

  @Test
  void openOutcomesByAge() {
    assertEquals(
        List.of(
            new AgeBucket("<1h", 0),
            new AgeBucket("1h-24h", 1),
            new AgeBucket("1d-7d", 0),
            new AgeBucket(">7d", 0)),
        analytics.openByAge(AnalyticsFilter.all()));
    assertEquals(
        0, analytics.openByAge(AnalyticsFilter.all().withOwner("u-1")).get(1).openOutcomes());
  }

  @Test
  void filtersCoveringEverythingGiveTheUnfilteredAnswers() {
    // A date range holding every outcome filters stage_visit on its own start column and joins the
    // escalations with outcome; it must change nothing.
    AnalyticsFilter everything =
        AnalyticsFilter.all()
            .startedBetween(T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2)));
    for (AnalyticsFilter alone :
        List.of(AnalyticsFilter.all(), AnalyticsFilter.all().withOutcomeType("referral"))) {
      AnalyticsFilter filtered =
          alone.outcomeType() == null
              ? everything
              : everything.withOutcomeType(alone.outcomeType());
      assertEquals(analytics.funnel(alone), analytics.funnel(filtered));
      assertEquals(analytics.timeToNextStep(alone), analytics.timeToNextStep(filtered));
      assertEquals(analytics.escalations(alone), analytics.escalations(filtered));
      assertEquals(
          analytics.fallOut(alone, "intake", "verify"),
          analytics.fallOut(filtered, "intake", "verify"));
    }
    assertEquals(
        List.of(
            new FunnelStep("referral", "intake", 2),
            new FunnelStep("referral", "verify", 2),
            new FunnelStep("referral", "schedule", 1)),
        analytics.funnel(AnalyticsFilter.all().withOwner("u-1")));
    assertEquals(
        List.of(new EscalationCount("no-reply", 1, 1), new EscalationCount("no-reply", 2, 1)),
        analytics.escalations(AnalyticsFilter.all().withOwner("u-1")));
    assertEquals(
        new FallOut("intake", "verify", 1, 1, 0, 0),
        analytics.fallOut(AnalyticsFilter.all().withOwner("u-2"), "intake", "verify"));
  }

  @Test
  void staysFollowTheOutcomesLaterOwnerAndStatus() {
    try (TestStore own = openStore(new MutableClock(T0.plus(Duration.ofHours(3))))) {
      OpsAnalytics fresh = own.store().analytics();
      List<LedgerEvent> x =
          outcome("x1", "transfer", T0)
              .ownedBy("u-7")
              .stage(0, "intake")
              .ownedBy("u-8")
              .stage(10, "verify")
              .completed(20)
              .events();
      List<LedgerEvent> y =
          outcome("y1", "transfer", T0).stage(0, "intake").failed(30, "declined").events();
      own.store().ledger().recordAll(List.of(x.get(0), y.get(0)));
      AnalyticsFilter u7 = AnalyticsFilter.all().withOwner("u-7");
      assertEquals(List.of(new FunnelStep("transfer", "intake", 1)), fresh.funnel(u7));
      assertEquals(
          new FallOut("intake", "verify", 2, 0, 0, 2),
          fresh.fallOut(AnalyticsFilter.all(), "intake", "verify"));

      own.store().ledger().recordAll(List.of(x.get(1), x.get(2), y.get(1)));
      assertEquals(List.of(), fresh.funnel(u7), "the owner moved to u-8 with the second event");
      assertEquals(
          List.of(new FunnelStep("transfer", "intake", 1), new FunnelStep("transfer", "verify", 1)),
          fresh.funnel(AnalyticsFilter.all().withOwner("u-8")));
      assertEquals(
          new FallOut("intake", "verify", 2, 1, 1, 0),
          fresh.fallOut(AnalyticsFilter.all(), "intake", "verify"),
          "y1 closed without verify");
    }
  }

  // r1, r2 at clinic-north; r3 and c1 at clinic-south; r4 reported no site.
  @Test
  void everyFigureNarrowsToOneSite() {
    AnalyticsFilter north = AnalyticsFilter.all().withSite("clinic-north");
    AnalyticsFilter south = AnalyticsFilter.all().withSite("clinic-south");
    assertEquals(
        List.of(
            new FunnelStep("referral", "intake", 2),
            new FunnelStep("referral", "verify", 2),
            new FunnelStep("referral", "schedule", 1)),
        analytics.funnel(north));
    assertEquals(
        new FallOut("verify", "schedule", 2, 1, 1, 0),
        analytics.fallOut(north, "verify", "schedule"));
    List<StageLatency> latencies = analytics.timeToNextStep(north);
    assertEquals(3, latencies.size());
    assertLatency(latencies.get(0), "intake", 2, 15, 19); // 10 and 20 min
    assertEquals(
        List.of(new EscalationCount("no-reply", 1, 1), new EscalationCount("no-reply", 2, 1)),
        analytics.escalations(north));
    assertEquals(List.of(new EscalationCount("no-reply", 1, 1)), analytics.escalations(south));
    assertEquals(new CompletionRate(2, 1, 1, 0), analytics.completion(north));
    assertEquals(new CompletionRate(2, 1, 0, 1), analytics.completion(south));
    assertEquals(
        new CompletionRate(1, 0, 0, 1), analytics.completion(south.withOutcomeType("referral")));
    assertEquals(new CompletionRate(0, 0, 0, 0), analytics.completion(north.withOwner("u-2")));
    assertEquals(1, analytics.openByAge(south).get(1).openOutcomes());
    assertEquals(0, analytics.openByAge(north).get(1).openOutcomes());
    assertEquals(
        new CompletionRate(0, 0, 0, 0),
        analytics.completion(AnalyticsFilter.all().withSite("clinic-east")));
  }
}
