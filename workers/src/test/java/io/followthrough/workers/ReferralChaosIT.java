package io.followthrough.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.referral.ReferralWorkflow;
import io.followthrough.referral.SelfScheduleLinks;
import io.followthrough.workers.ReferralScenario.Standing;
import io.followthrough.workers.intake.DemoFaxes;
import io.followthrough.workers.intake.DemoReferral;
import io.followthrough.workers.temporal.TemporalConnection;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chaos: 50 referral outcomes in flight against a dev server with the worker in a separate process
 * ({@code dev --no-worker} + {@code worker --sandbox}), which is killed with SIGKILL at random
 * moments 5 times and restarted while simulated patients book through their self-schedule links and
 * are checked in and out over the worker's sandbox HTTP. Every outcome completes, and the sandbox
 * outbox holds no idempotency key twice and no two messages for one workflow and rung.
 *
 * <p>Randomness (kill times, slot choices) comes from one seed, printed with the figures; {@code
 * -Dfollowthrough.chaos.seed=...} replays a run's choices ({@code .outcomes}, {@code .kills} and
 * {@code .minutes} change its size).
 */
class ReferralChaosIT {
  /** The worker's own gRPC API port, the same across restarts (dev has its own). */
  private static final int WORKER_API_PORT = workerApiPort();

  private static int workerApiPort() {
    try {
      return JarProcess.freePort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final long SEED = Long.getLong("followthrough.chaos.seed", 20261129L);
  private static final int OUTCOMES = Integer.getInteger("followthrough.chaos.outcomes", 50);
  private static final int KILLS = Integer.getInteger("followthrough.chaos.kills", 5);
  private static final Duration BUDGET =
      Duration.ofMinutes(Integer.getInteger("followthrough.chaos.minutes", 5));
  private static final Duration REPORT_EVERY = Duration.ofSeconds(15);
  private static final List<String> SPECIALTIES =
      List.of("cardiology", "dermatology", "orthopedics", "gastroenterology", "neurology");

  @TempDir Path workDir;

  /** Kill moments and pauses; slot choices use their own generator, so threads do not mix. */
  private final Random killDice = new Random(SEED);

  private final Random slotDice = new Random(SEED + 1);
  private final AtomicReference<JarProcess> worker = new AtomicReference<>();
  private final AtomicInteger kills = new AtomicInteger();
  private final List<String> killLog = new ArrayList<>();
  private volatile Throwable killerFailure;

  @Test
  void fiftyReferralsSurviveFiveWorkerKillsWithoutADuplicateMessage() throws Exception {
    int grpc = JarProcess.freePort();
    int devHttp = JarProcess.freePort();
    int workerHttp = JarProcess.freePort();
    String address = "127.0.0.1:" + grpc;
    Path data = workDir.resolve(".followthrough");
    List<PatientRecord> patients =
        ReferralScenario.seedSandbox(
                data, ReferralScenario.awakeZone((int) BUDGET.toMinutes() + 10))
            .stream()
            .filter(p -> !p.ref().equals("pt-0050")) // namesake of pt-0008: same referral key
            .toList();
    ItHttp sandbox = new ItHttp("http://127.0.0.1:" + workerHttp);
    System.out.println("CHAOS seed=" + SEED + " outcomes=" + OUTCOMES + " kills=" + KILLS);

    try (JarProcess dev =
            JarProcess.start(
                workDir,
                "dev",
                "--port",
                "" + grpc,
                "--http-port",
                "" + devHttp,
                "--no-worker",
                "--no-demo",
                "--grpc-api-port",
                "" + JarProcess.freePort());
        AutoCloseable stopDev = dev::terminate;
        AutoCloseable stopWorker = () -> worker.get().close()) {
      assertTrue(dev.awaitOutput("Followthrough dev is ready", Duration.ofSeconds(90)), dev.err());
      worker.set(startWorker(address, workerHttp));

      long started = System.nanoTime();
      for (int i = 0; i < OUTCOMES; i++) {
        ReferralScenario.dropInInbox(
            workDir,
            data.resolve("inbox"),
            "referral-" + i + ".pdf",
            DemoFaxes.referral(referral(patients, i)));
      }

      try (TemporalConnection temporal = ReferralScenario.connect(workDir, address)) {
        WorkflowClient client = temporal.client();
        Thread killer = null;
        Map<String, String> appointments = new HashMap<>();
        Set<String> visited = new HashSet<>();
        Map<String, Standing> standings = Map.of();
        long deadline = started + BUDGET.toNanos();
        long lastReport = started;
        while (System.nanoTime() < deadline) {
          standings = ReferralScenario.referrals(client);
          if (killer == null && standings.size() == OUTCOMES) {
            // Every fax is through intake (whose document reading has a long attempt timeout):
            // from here on, kill the worker while the referrals are in flight.
            killer = new Thread(() -> killRepeatedly(address, workerHttp, client));
            killer.start();
          }
          if (standings.size() == OUTCOMES
              && standings.values().stream().allMatch(Standing::completed)
              && (killer == null || !killer.isAlive())) {
            break;
          }
          drivePatients(sandbox, standings, appointments, visited);
          if (System.nanoTime() - lastReport > REPORT_EVERY.toNanos()) {
            lastReport = System.nanoTime();
            System.out.println(
                "CHAOS t="
                    + Duration.ofNanos(lastReport - started).toSeconds()
                    + "s referrals="
                    + standings.size()
                    + " "
                    + byStage(standings)
                    + " kills="
                    + kills.get());
          }
          Thread.sleep(300);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        if (killer != null) {
          killer.join(Duration.ofMinutes(2).toMillis());
        }
        Map<String, Long> byStage = byStage(standings);
        System.out.println("CHAOS kills: " + killLog);
        System.out.println("CHAOS outcomes by stage after " + seconds + " s: " + byStage);
        standings.values().stream()
            .filter(st -> !st.completed())
            .forEach(st -> System.out.println("CHAOS open " + explain(client, st.workflowId())));
        assertEquals(null, killerFailure, "the killer thread failed");
        assertEquals(KILLS, kills.get(), "kills");
        assertEquals(OUTCOMES, standings.size(), "referrals started: " + byStage);
        assertEquals(Map.of("completed", (long) OUTCOMES), byStage, "every outcome completes");

        List<JsonNode> sent = outbox(sandbox);
        Map<String, Integer> perKey = new HashMap<>();
        Map<String, Integer> perRung = new HashMap<>();
        Map<String, Integer> perChannel = new TreeMap<>();
        int toPatients = 0;
        for (JsonNode m : sent) {
          String key = m.get("idempotencyKey").asText();
          perKey.merge(key, 1, Integer::sum);
          perRung.merge(ReferralScenario.rung(key), 1, Integer::sum);
          perChannel.merge(m.get("channel").asText(), 1, Integer::sum);
          toPatients += m.get("recipientRef").asText().startsWith("pt-") ? 1 : 0;
        }
        long duplicateKeys = perKey.values().stream().filter(n -> n > 1).count();
        List<String> duplicateRungs =
            perRung.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
        long firstContacts =
            perRung.keySet().stream()
                .filter(r -> r.endsWith(":" + ReferralScenario.AWAITING_PATIENT + ".first-contact"))
                .count();
        int seen = 0;
        for (String id : standings.keySet()) {
          seen +=
              "seen"
                      .equals(
                          client
                              .newWorkflowStub(ReferralWorkflow.class, id)
                              .referral()
                              .disposition())
                  ? 1
                  : 0;
        }
        long repeatsDropped = logLines(workDir, "worker-", "duplicate send dropped");
        System.out.printf(
            "CHAOS FIGURES seed=%d outcomes=%d completed=%d seen=%d kills=%d duration=%ds"
                + " messages=%d %s patientMessages=%d firstContacts=%d duplicateKeys=%d"
                + " duplicateRungs=%d repeatedSendsDroppedByKey=%d%n",
            SEED,
            OUTCOMES,
            byStage.getOrDefault("completed", 0L),
            seen,
            kills.get(),
            seconds,
            sent.size(),
            perChannel,
            toPatients,
            firstContacts,
            duplicateKeys,
            duplicateRungs.size(),
            repeatsDropped);
        assertEquals(0, duplicateKeys, "idempotency keys sent twice");
        assertEquals(List.of(), duplicateRungs, "two messages for one workflow and rung");
        assertEquals(OUTCOMES, firstContacts, "every referral texted its patient once");
        assertEquals(OUTCOMES, seen, "every referral ends with a kept appointment");
      }
    }
  }

  /**
   * Referral {@code i}: patient {@code i mod P} in round {@code i / P}, with a specialty that
   * differs from the patient's other rounds (the referral key is NPI, patient and specialty).
   */
  private static DemoReferral referral(List<PatientRecord> patients, int i) {
    int p = i % patients.size();
    int round = i / patients.size();
    if (round >= SPECIALTIES.size()) {
      throw new IllegalArgumentException("more referrals than patients x specialties");
    }
    return DemoReferral.of(
        patients.get(p),
        SPECIALTIES.get((p + round) % SPECIALTIES.size()),
        DemoReferral.OFFICES.get(p % DemoReferral.OFFICES.size()),
        false);
  }

  /**
   * One pass of the simulated patients and front desk: a referral whose patient got the first text
   * is booked through its link; a booked one is checked in and out. Every call tolerates a dead
   * worker (the next pass tries again); repeats are idempotent.
   */
  private void drivePatients(
      ItHttp sandbox,
      Map<String, Standing> standings,
      Map<String, String> appointments,
      Set<String> visited) {
    List<JsonNode> texts;
    try {
      texts = outbox(sandbox);
    } catch (IOException | InterruptedException | AssertionError down) {
      return; // the worker (which serves the sandbox) is being restarted
    }
    Set<String> texted =
        texts.stream()
            .map(m -> m.get("idempotencyKey").asText())
            .filter(k -> k.contains(":" + ReferralScenario.AWAITING_PATIENT + ".first-contact"))
            .map(k -> k.substring(0, k.indexOf(':')))
            .collect(Collectors.toSet());
    for (Standing s : standings.values()) {
      String id = s.workflowId();
      try {
        if (!s.running() || visited.contains(id)) {
          continue;
        }
        if (!appointments.containsKey(id) && texted.contains(id)) {
          book(sandbox, id, appointments);
        } else if (appointments.containsKey(id)
            && ReferralScenario.AWAITING_VISIT.equals(s.stage())) {
          String appointment = appointments.get(id);
          int arrived =
              sandbox.post("/sandbox/appointments/" + appointment + "/arrived", null).status();
          int out =
              sandbox.post("/sandbox/appointments/" + appointment + "/checked-out", null).status();
          if (arrived == 200 && out == 200) {
            visited.add(id);
          }
        }
      } catch (IOException | InterruptedException down) {
        return;
      }
    }
  }

  private void book(ItHttp sandbox, String workflowId, Map<String, String> appointments)
      throws IOException, InterruptedException {
    String path = "/sandbox/schedule/" + SelfScheduleLinks.token(workflowId);
    ItHttp.Answer offer = sandbox.get(path);
    if (offer.status() != 200) {
      return; // not ready, or the worker is between lives: next pass
    }
    JsonNode already = offer.json().path("appointment");
    if (already.hasNonNull("appointmentId")) {
      appointments.put(workflowId, already.get("appointmentId").asText());
      return;
    }
    JsonNode slots = offer.json().get("slots");
    if (slots.isEmpty()) {
      return;
    }
    String slotId = slots.get(slotDice.nextInt(Math.min(5, slots.size()))).get("slotId").asText();
    ItHttp.Answer booked = sandbox.post(path, "{\"slot_id\":\"" + slotId + "\"}");
    if (booked.status() == 201 || booked.status() == 200) {
      appointments.put(workflowId, booked.json().get("appointmentId").asText());
    }
  }

  /**
   * Kills the worker {@value #KILLS} times, restarting it after each: kill {@code k} waits until a
   * random share (below 80 %) of the outcomes completed, then a random 0-2 s, so the kills fall at
   * random points of the flight rather than after it.
   */
  private void killRepeatedly(String address, int workerHttp, WorkflowClient client) {
    try {
      List<Integer> thresholds = new ArrayList<>();
      for (int k = 0; k < KILLS; k++) {
        thresholds.add(killDice.nextInt(Math.max(1, OUTCOMES * 8 / 10)));
      }
      thresholds.sort(null);
      for (int k = 1; k <= KILLS; k++) {
        int threshold = thresholds.get(k - 1);
        while (completed(client) < threshold) {
          Thread.sleep(200);
        }
        Thread.sleep(killDice.nextInt(2_000));
        String at = progress(client);
        worker.get().kill();
        kills.incrementAndGet();
        Thread.sleep(500 + killDice.nextInt(2_500));
        long restart = System.nanoTime();
        worker.set(startWorker(address, workerHttp));
        synchronized (killLog) {
          killLog.add(
              "#"
                  + k
                  + " at "
                  + at
                  + ", back in "
                  + Duration.ofNanos(System.nanoTime() - restart).toMillis()
                  + " ms");
        }
      }
    } catch (Throwable e) {
      killerFailure = e;
    }
  }

  /** Where an unfinished referral waits: open tasks and the last timeline codes (no PHI). */
  private static String explain(WorkflowClient client, String workflowId) {
    try {
      ReferralWorkflow referral = client.newWorkflowStub(ReferralWorkflow.class, workflowId);
      List<String> codes =
          referral.timeline().stream().map(e -> e.kind() + ":" + e.code()).toList();
      return workflowId
          + " tasks="
          + referral.state().tasks()
          + " timeline="
          + codes.subList(Math.max(0, codes.size() - 12), codes.size());
    } catch (RuntimeException e) {
      return workflowId + " (no answer: " + e.getClass().getSimpleName() + ")";
    }
  }

  private static long completed(WorkflowClient client) {
    return ReferralScenario.referrals(client).values().stream().filter(Standing::completed).count();
  }

  private static String progress(WorkflowClient client) {
    return byStage(ReferralScenario.referrals(client)).toString();
  }

  private static Map<String, Long> byStage(Map<String, Standing> standings) {
    return standings.values().stream()
        .collect(
            Collectors.groupingBy(
                s -> s.completed() ? "completed" : String.valueOf(s.stage()),
                TreeMap::new,
                Collectors.counting()));
  }

  private JarProcess startWorker(String address, int httpPort) throws InterruptedException {
    JarProcess next =
        JarProcess.start(
            workDir,
            "worker",
            "--address",
            address,
            "--sandbox",
            "--http-port",
            "" + httpPort,
            "--grpc-api-port",
            "" + WORKER_API_PORT);
    assertTrue(next.awaitOutput("Worker started", Duration.ofSeconds(90)), next.err());
    return next;
  }

  /**
   * Lines containing {@code text} in the logs of the processes whose output files start with {@code
   * prefix} (JarProcess names them after the command): e.g. sends that Temporal retried after a
   * kill and the channel dropped by their key.
   */
  private static long logLines(Path workDir, String prefix, String text) throws IOException {
    try (var files = java.nio.file.Files.list(workDir)) {
      long count = 0;
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
        count +=
            java.nio.file.Files.readAllLines(file).stream().filter(l -> l.contains(text)).count();
      }
      return count;
    }
  }

  private static List<JsonNode> outbox(ItHttp sandbox) throws IOException, InterruptedException {
    ItHttp.Answer outbox = sandbox.get("/sandbox/outbox");
    if (outbox.status() != 200) {
      throw new AssertionError("outbox: " + outbox.status());
    }
    return StreamSupport.stream(outbox.json().spliterator(), false).toList();
  }
}
