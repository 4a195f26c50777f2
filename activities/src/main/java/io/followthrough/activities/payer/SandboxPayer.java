package io.followthrough.activities.payer;

import io.followthrough.activities.practice.SnapshotFile;
import io.followthrough.priorauth.AppealPacket;
import io.followthrough.priorauth.AuthPacket;
import io.followthrough.priorauth.PacketDocument;
import io.followthrough.priorauth.PayerActivities;
import io.followthrough.priorauth.PayerDecision;
import io.followthrough.priorauth.PayerStatus;
import io.followthrough.priorauth.SchedulingNotice;
import io.followthrough.sdk.IdempotencyKeys;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A payer's prior-authorization service for demos and tests, with realistic behaviour chosen by
 * {@link PayerBehaviour} (approve, deny with a reason, ask for more information, stay pending for a
 * while, fail transiently), and a scheduling queue that takes the outcomes' notices. Deterministic:
 * the same packets and checks give the same answers. Decisions may be forced over HTTP; forcing one
 * tells the listeners (the worker signals {@code payerUpdate} to the submission's workflow).
 *
 * <p>One instance per data directory ({@link #forDataDirectory}), saved to {@code
 * <data-dir>/payer/sandbox.json} after every change (references and codes only).
 */
public final class SandboxPayer {
  private static final Map<Path, SandboxPayer> BY_DIRECTORY = new ConcurrentHashMap<>();

  private final ReentrantLock lock = new ReentrantLock();
  private final PayerSandboxState state;
  private final SnapshotFile<PayerSandboxState> snapshot;
  private final Clock clock;
  private final List<Consumer<Submission>> listeners = new CopyOnWriteArrayList<>();

  private SandboxPayer(
      PayerSandboxState state, SnapshotFile<PayerSandboxState> snapshot, Clock clock) {
    this.state = state;
    this.snapshot = snapshot;
    this.clock = clock;
  }

  /** A payer kept in memory only. */
  public static SandboxPayer inMemory(Clock clock) {
    return new SandboxPayer(PayerSandboxState.empty(), null, clock);
  }

  /** Resumes from {@code file} if it exists; saves every change there. */
  public static SandboxPayer persistent(Path file, Clock clock) {
    SnapshotFile<PayerSandboxState> snapshot = new SnapshotFile<>(file, PayerSandboxState.class);
    PayerSandboxState state = snapshot.exists() ? snapshot.read() : PayerSandboxState.empty();
    return new SandboxPayer(state, snapshot, clock);
  }

  /** The payer of {@code dataDirectory}, shared by the worker's activities and the HTTP layer. */
  public static SandboxPayer forDataDirectory(Path dataDirectory) {
    Path key = dataDirectory.toAbsolutePath().normalize();
    return BY_DIRECTORY.computeIfAbsent(
        key, d -> persistent(d.resolve("payer").resolve("sandbox.json"), Clock.systemUTC()));
  }

  /** Called after a decision was forced, outside the lock. */
  public void addListener(Consumer<Submission> listener) {
    listeners.add(listener);
  }

  /** Takes a packet; a repeated key returns the first tracking id. */
  public String submit(AuthPacket packet, String idempotencyKey) {
    if (packet == null || blank(packet.orderKey()) || blank(packet.serviceCode())) {
      throw new PayerException(PayerActivities.INVALID_INPUT, "packet without order or service");
    }
    requireKey(idempotencyKey);
    return write(
        s -> {
          String earlier = s.keys().get(idempotencyKey);
          if (earlier != null) {
            return earlier;
          }
          List<String> kinds = packet.documents().stream().map(PacketDocument::kind).toList();
          PayerBehaviour.Plan plan =
              PayerBehaviour.plan(packet.payer(), packet.serviceCode(), kinds, false);
          String id = nextId(s);
          s.submissions()
              .put(
                  id,
                  new Submission(
                      id,
                      null,
                      workflowOf(idempotencyKey),
                      packet.orderKey(),
                      packet.patientRef(),
                      packet.payer(),
                      packet.specialty(),
                      packet.serviceCode(),
                      packet.diagnosisCodes().size(),
                      kinds,
                      PayerDecision.PENDING,
                      null,
                      List.of(),
                      null,
                      false,
                      0,
                      plan.outages(),
                      false,
                      false,
                      null,
                      0,
                      null,
                      clock.instant(),
                      null));
          s.keys().put(idempotencyKey, id);
          return id;
        });
  }

  /** A status check: the payer reviews a little further on each (see {@link PayerBehaviour}). */
  public PayerStatus status(String trackingId) {
    return write(
        s -> {
          Submission sub = find(s, trackingId);
          if (sub.outagesLeft() > 0) {
            s.submissions().put(trackingId, sub.reviewed(sub.reviews(), sub.outagesLeft() - 1));
            // Saved here: write() saves only changes that return.
            save(s);
            throw new PayerException(PayerActivities.UNAVAILABLE, "payer portal unavailable");
          }
          if (sub.decided() || sub.decision() == PayerDecision.MORE_INFO) {
            return status(sub);
          }
          PayerBehaviour.Plan plan =
              PayerBehaviour.plan(
                  sub.payer(), sub.serviceCode(), sub.documentKinds(), sub.appealOf() != null);
          int reviews = sub.reviews() + 1;
          if (reviews <= plan.reviews()) {
            Submission next = sub.reviewed(reviews, 0);
            s.submissions().put(trackingId, next);
            return status(next);
          }
          Submission next;
          if (!plan.needsInfo().isEmpty() && !sub.infoAsked()) {
            next =
                sub.answered(
                    PayerDecision.MORE_INFO,
                    null,
                    plan.needsInfo(),
                    null,
                    false,
                    true,
                    false,
                    sub.documentKinds(),
                    null);
          } else {
            next = decide(s, sub, plan.decision(), plan.reasonCode(), plan.finalDecision(), false);
          }
          s.submissions().put(trackingId, next);
          return status(next);
        });
  }

  /** Answers a request for information; the review starts again. */
  public void answerRequest(
      String trackingId, List<String> items, List<PacketDocument> documents, String key) {
    requireKey(key);
    write(
        s -> {
          if (s.keys().containsKey(key)) {
            return null;
          }
          Submission sub = find(s, trackingId);
          List<String> kinds = new ArrayList<>(sub.documentKinds());
          for (PacketDocument d : documents == null ? List.<PacketDocument>of() : documents) {
            if (!kinds.contains(d.kind())) {
              kinds.add(d.kind());
            }
          }
          if (sub.decision() == PayerDecision.MORE_INFO) {
            s.submissions()
                .put(
                    trackingId,
                    sub.answered(
                        PayerDecision.PENDING,
                        null,
                        List.of(),
                        null,
                        false,
                        true,
                        false,
                        kinds,
                        null));
          }
          s.keys().put(key, trackingId);
          return null;
        });
  }

  /** Files an appeal of a denied, non-final submission; returns the appeal's tracking id. */
  public String submitAppeal(String trackingId, AppealPacket appeal, String key) {
    requireKey(key);
    return write(
        s -> {
          String earlier = s.keys().get(key);
          if (earlier != null) {
            return earlier;
          }
          Submission denied = find(s, trackingId);
          if (denied.decision() != PayerDecision.DENIED || denied.finalDecision()) {
            throw new PayerException(
                PayerActivities.NOT_APPEALABLE, trackingId + " is not an appealable denial");
          }
          List<String> kinds = new ArrayList<>(denied.documentKinds());
          appeal.documents().stream()
              .map(PacketDocument::kind)
              .filter(k -> !kinds.contains(k))
              .forEach(kinds::add);
          String id = nextId(s);
          s.submissions()
              .put(
                  id,
                  new Submission(
                      id,
                      trackingId,
                      workflowOf(key),
                      denied.orderKey(),
                      denied.patientRef(),
                      denied.payer(),
                      denied.specialty(),
                      denied.serviceCode(),
                      denied.diagnoses(),
                      kinds,
                      PayerDecision.PENDING,
                      null,
                      List.of(),
                      null,
                      false,
                      0,
                      PayerBehaviour.plan(denied.payer(), denied.serviceCode(), kinds, true)
                          .outages(),
                      true,
                      false,
                      appeal.letterTemplateId(),
                      appeal.letter() == null ? 0 : appeal.letter().length(),
                      appeal.signedBy(),
                      clock.instant(),
                      null));
          s.keys().put(key, id);
          return id;
        });
  }

  /**
   * Forces the payer's answer (demo and tests): {@code decision} with a reason (denials) or items
   * (MORE_INFO). Tells the listeners.
   */
  public Submission force(
      String trackingId, PayerDecision decision, String reasonCode, List<String> items) {
    if (decision == null) {
      throw new PayerException(PayerActivities.INVALID_INPUT, "decision is required");
    }
    Submission forced =
        write(
            s -> {
              Submission sub = find(s, trackingId);
              Submission next =
                  decision == PayerDecision.MORE_INFO || decision == PayerDecision.PENDING
                      ? sub.answered(
                          decision,
                          null,
                          decision == PayerDecision.MORE_INFO
                              ? (items == null || items.isEmpty()
                                  ? List.of("clinical-notes")
                                  : items)
                              : List.of(),
                          null,
                          false,
                          true,
                          true,
                          sub.documentKinds(),
                          null)
                      : decide(
                          s,
                          sub,
                          decision,
                          decision == PayerDecision.DENIED
                              ? (blank(reasonCode) ? "not-medically-necessary" : reasonCode)
                              : null,
                          false,
                          true);
              s.submissions().put(trackingId, next);
              return next;
            });
    for (Consumer<Submission> listener : listeners) {
      listener.accept(forced);
    }
    return forced;
  }

  /** Every submission and appeal, oldest first. */
  public List<Submission> submissions() {
    return read(s -> List.copyOf(s.submissions().values()));
  }

  public Optional<Submission> submission(String trackingId) {
    return read(s -> Optional.ofNullable(s.submissions().get(trackingId)));
  }

  /** Posts a notice to the scheduling queue once per key; returns its id. */
  public String notifyScheduler(SchedulingNotice notice, String key) {
    requireKey(key);
    return write(
        s -> {
          String earlier = s.keys().get(key);
          if (earlier != null) {
            return earlier;
          }
          String id = "notice-%04d".formatted(s.notices().size() + 1);
          s.notices().add(new PostedNotice(id, key, notice, clock.instant()));
          s.keys().put(key, id);
          return id;
        });
  }

  /** What the scheduling queue was told, oldest first. */
  public List<PostedNotice> notices() {
    return read(s -> List.copyOf(s.notices()));
  }

  private Submission decide(
      PayerSandboxState s,
      Submission sub,
      PayerDecision decision,
      String reason,
      boolean isFinal,
      boolean byPerson) {
    String auth =
        decision == PayerDecision.APPROVED
            ? "AUTH-" + sub.trackingId().substring(sub.trackingId().indexOf('-') + 1)
            : null;
    return sub.answered(
        decision,
        reason,
        List.of(),
        auth,
        isFinal,
        sub.infoAsked(),
        byPerson,
        sub.documentKinds(),
        clock.instant());
  }

  private static PayerStatus status(Submission sub) {
    return new PayerStatus(
        sub.trackingId(),
        sub.decision(),
        sub.reasonCode(),
        sub.requestedItems(),
        sub.authNumber(),
        sub.finalDecision());
  }

  private static String nextId(PayerSandboxState s) {
    return "PA-%04d".formatted(s.submissions().size() + 1);
  }

  private static Submission find(PayerSandboxState s, String trackingId) {
    Submission sub = trackingId == null ? null : s.submissions().get(trackingId);
    if (sub == null) {
      throw new PayerException(
          PayerActivities.UNKNOWN_SUBMISSION, "unknown submission " + trackingId);
    }
    return sub;
  }

  private static String workflowOf(String key) {
    return IdempotencyKeys.workflowIdOf(key).orElse(null);
  }

  private static void requireKey(String key) {
    if (blank(key)) {
      throw new PayerException(PayerActivities.INVALID_INPUT, "idempotency key is required");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private <T> T read(Function<PayerSandboxState, T> query) {
    lock.lock();
    try {
      return query.apply(state);
    } finally {
      lock.unlock();
    }
  }

  private <T> T write(Function<PayerSandboxState, T> change) {
    lock.lock();
    try {
      T result = change.apply(state);
      save(state);
      return result;
    } finally {
      lock.unlock();
    }
  }

  private void save(PayerSandboxState s) {
    if (snapshot != null) {
      snapshot.write(s);
    }
  }
}
