package io.followthrough.activities.store.analytics;

import io.followthrough.activities.store.ledger.OutcomeScript;
import io.followthrough.ledger.LedgerEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic, realistic-looking outcome history for benchmarks: five outcome types with their
 * own stages, attempts, escalations by reason and rung, human tasks, owners among 20 staff, most
 * outcomes closed (completed or failed at some stage), recent ones more often still open.
 */
final class OutcomeHistory {

  static final List<String> TYPES =
      List.of("referral", "cancellation-recovery", "refill", "prior-authorization", "lab-result");
  private static final double[] TYPE_WEIGHTS = {0.40, 0.20, 0.20, 0.10, 0.10};
  private static final List<List<String>> STAGES =
      List.of(
          List.of(
              "intake", "verify", "match-patient", "outreach", "schedule", "confirm", "close-loop"),
          List.of("detect", "offer", "outreach", "rebook", "confirm"),
          List.of("intake", "verify", "prescriber-review", "pharmacy", "notify"),
          List.of("intake", "gather", "submit", "await-payer", "appeal", "notify"),
          List.of("receive", "review", "notify", "await-acknowledgement"));
  private static final List<String> REASONS =
      List.of("no-reply", "busy", "wrong-number", "insurance-pending", "no-slot", "opted-out");
  private static final List<String> FAILURES =
      List.of("patient-declined", "unreachable", "insurance-denied", "duplicate", "expired");

  private final Random random;
  private final Instant now;

  OutcomeHistory(long seed, Instant now) {
    this.random = new Random(seed);
    this.now = now;
  }

  /**
   * {@code count} outcomes started evenly over the {@code days} before now, ids {@code
   * <type>/<prefix>-<n>}.
   */
  List<List<LedgerEvent>> outcomes(String prefix, int count, int days) {
    List<List<LedgerEvent>> outcomes = new ArrayList<>(count);
    long spanMinutes = Duration.ofDays(days).toMinutes();
    for (int i = 0; i < count; i++) {
      long ageMinutes = spanMinutes - spanMinutes * i / count;
      outcomes.add(
          outcome(prefix + "-" + i, now.minus(Duration.ofMinutes(ageMinutes)), ageMinutes));
    }
    return outcomes;
  }

  /** One outcome started at {@code start}; nothing after now. */
  List<LedgerEvent> outcome(String key, Instant start, long ageMinutes) {
    int t = pickType();
    String type = TYPES.get(t);
    List<String> stages = STAGES.get(t);
    String id = type + "/" + key;
    OutcomeScript s = OutcomeScript.outcome(id, type, start).ownedBy("staff-" + random.nextInt(20));
    long minute = 0;
    // Older outcomes had time to finish: 85% closed beyond a week, 40% in the last day.
    double closeChance = ageMinutes > 7 * 1440 ? 0.85 : ageMinutes > 1440 ? 0.65 : 0.40;
    boolean closes = random.nextDouble() < closeChance;
    boolean fails = closes && random.nextDouble() < 0.18;
    int reach = fails ? 1 + random.nextInt(stages.size() - 1) : stages.size();
    if (!closes) {
      reach = 1 + random.nextInt(stages.size());
    }
    int task = 0;
    for (int st = 0; st < reach; st++) {
      s.stage(minute, stages.get(st));
      minute += 1 + random.nextInt(3);
      for (int a = random.nextInt(3); a > 0; a--) {
        s.attempt(minute);
        minute += 5 + random.nextInt(120);
      }
      if (random.nextDouble() < 0.22) {
        s.escalated(minute, 1 + random.nextInt(3), REASONS.get(random.nextInt(REASONS.size())));
        minute += 30 + random.nextInt(600);
      }
      if (random.nextDouble() < 0.15) {
        String taskId = id + "/t" + task++;
        s.taskOpened(
            minute,
            taskId,
            random.nextBoolean() ? "coordinator" : "supervisor",
            1 + random.nextInt(5));
        minute += 10 + random.nextInt(2_000);
        if (closes || random.nextBoolean()) {
          s.taskResolved(minute, taskId, "coordinator", "resolved");
        }
      }
      minute += stageMinutes();
    }
    if (closes) {
      if (fails) {
        s.failed(minute, FAILURES.get(random.nextInt(FAILURES.size())));
      } else {
        s.completed(minute);
      }
    }
    // Keep the history in the past: clip events that would lie after now.
    Instant cutoff = now;
    List<LedgerEvent> events = new ArrayList<>();
    for (LedgerEvent e : s.events()) {
      if (!e.workflowTime().isAfter(cutoff)) {
        events.add(e);
      }
    }
    return events;
  }

  private long stageMinutes() {
    // Mostly minutes to hours, a long tail of days.
    double u = random.nextDouble();
    if (u < 0.5) {
      return 5 + random.nextInt(120);
    }
    if (u < 0.85) {
      return 120 + random.nextInt(1_440);
    }
    return 1_440 + random.nextInt(10 * 1_440);
  }

  private int pickType() {
    double u = random.nextDouble();
    for (int i = 0; i < TYPE_WEIGHTS.length; i++) {
      u -= TYPE_WEIGHTS[i];
      if (u < 0) {
        return i;
      }
    }
    return TYPE_WEIGHTS.length - 1;
  }
}
