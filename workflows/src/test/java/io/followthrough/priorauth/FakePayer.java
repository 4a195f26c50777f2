package io.followthrough.priorauth;

import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted payer for workflow tests. Each submission (1 = the first, 2 = the first appeal, …)
 * follows a script of steps: "after this long, answer that". A {@code MORE_INFO} step holds until
 * the request is answered; the next step's clock starts then. Before the first step the answer is
 * PENDING. Time is the test server's (the activity's scheduled time), so it skips with the test.
 */
final class FakePayer implements PayerActivities {
  record Step(Duration after, PayerStatus answer) {}

  private final Map<Integer, List<Step>> scripts = new HashMap<>();
  private final Map<String, Sub> subs = new HashMap<>();
  private final Map<String, String> byKey = new HashMap<>();
  private final List<List<PacketDocument>> answers = new ArrayList<>();
  private final List<AppealPacket> appeals = new ArrayList<>();
  private int failuresLeft;
  private Instant downUntil = Instant.MIN;

  private static final class Sub {
    final List<Step> steps;
    long clock;
    int current = -1;
    boolean answered;

    Sub(List<Step> steps, long clock) {
      this.steps = steps;
      this.clock = clock;
    }
  }

  synchronized FakePayer script(int submission, Step... steps) {
    scripts.put(submission, List.of(steps));
    return this;
  }

  static Step after(Duration d, PayerDecision decision, String reason, String... items) {
    return new Step(
        d,
        new PayerStatus(
            null,
            decision,
            reason,
            List.of(items),
            decision == PayerDecision.APPROVED ? "AUTH-77" : null,
            false));
  }

  static Step finalDenial(Duration d, String reason) {
    return new Step(d, new PayerStatus(null, PayerDecision.DENIED, reason, List.of(), null, true));
  }

  /** The next {@code n} calls fail as a transient outage. */
  synchronized void failNext(int n) {
    failuresLeft = n;
  }

  /** Every call fails as a transient outage until {@code until}. */
  synchronized void downUntil(Instant until) {
    downUntil = until;
  }

  synchronized List<List<PacketDocument>> answers() {
    return List.copyOf(answers);
  }

  synchronized List<AppealPacket> appeals() {
    return List.copyOf(appeals);
  }

  @Override
  public synchronized String submit(AuthPacket packet, String idempotencyKey) {
    outage();
    return byKey.computeIfAbsent(idempotencyKey, k -> open(1));
  }

  @Override
  public synchronized PayerStatus status(String trackingId) {
    outage();
    Sub sub = sub(trackingId);
    long now = now();
    while (sub.current + 1 < sub.steps.size()) {
      if (sub.current >= 0
          && sub.steps.get(sub.current).answer().decision() == PayerDecision.MORE_INFO
          && !sub.answered) {
        break;
      }
      Step next = sub.steps.get(sub.current + 1);
      long at = sub.clock + next.after().toMillis();
      if (now < at) {
        break;
      }
      sub.current++;
      sub.clock = at;
      sub.answered = false;
    }
    if (sub.current < 0) {
      return new PayerStatus(trackingId, PayerDecision.PENDING, null, List.of(), null, false);
    }
    PayerStatus a = sub.steps.get(sub.current).answer();
    return new PayerStatus(
        trackingId,
        a.decision(),
        a.reasonCode(),
        a.requestedItems(),
        a.authNumber(),
        a.finalDecision());
  }

  @Override
  public synchronized void answerRequest(
      String trackingId, List<String> items, List<PacketDocument> documents, String key) {
    outage();
    if (byKey.putIfAbsent(key, trackingId) != null) {
      return;
    }
    Sub sub = sub(trackingId);
    sub.answered = true;
    sub.clock = now();
    answers.add(List.copyOf(documents));
  }

  @Override
  public synchronized String submitAppeal(String trackingId, AppealPacket appeal, String key) {
    outage();
    sub(trackingId);
    return byKey.computeIfAbsent(
        key,
        k -> {
          appeals.add(appeal);
          return open(1 + appeals.size());
        });
  }

  private String open(int submission) {
    String id = "PA-" + (subs.size() + 1);
    subs.put(id, new Sub(scripts.getOrDefault(submission, List.of()), now()));
    return id;
  }

  private Sub sub(String trackingId) {
    Sub sub = subs.get(trackingId);
    if (sub == null) {
      throw ApplicationFailure.newNonRetryableFailure("unknown " + trackingId, UNKNOWN_SUBMISSION);
    }
    return sub;
  }

  private void outage() {
    if (failuresLeft > 0) {
      failuresLeft--;
      throw ApplicationFailure.newFailure("payer down", UNAVAILABLE);
    }
    if (Instant.ofEpochMilli(now()).isBefore(downUntil)) {
      throw ApplicationFailure.newFailure("payer down", UNAVAILABLE);
    }
  }

  private static long now() {
    return Activity.getExecutionContext().getInfo().getScheduledTimestamp();
  }
}
