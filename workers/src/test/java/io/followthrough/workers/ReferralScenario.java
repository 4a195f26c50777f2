package io.followthrough.workers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.sdk.BusinessCalendar;
import io.followthrough.sdk.OutcomeSearchAttributes;
import io.followthrough.workers.codec.KeyRingLoader;
import io.followthrough.workers.codec.PayloadEncryption;
import io.followthrough.workers.intake.DemoReferral;
import io.followthrough.workers.temporal.TemporalConnection;
import io.followthrough.workers.temporal.TemporalSettings;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The referral outcome as the end-to-end tests drive it through the packaged jar: a sandbox seeded
 * before the stack starts (its patients awake now, so texts are not held for quiet hours), referral
 * faxes of those patients dropped in the inbox, and the outcomes read back by visibility.
 */
final class ReferralScenario {
  static final String TYPE = "Referral";
  static final String AWAITING_PATIENT = "awaiting-patient";
  static final String AWAITING_VISIT = "awaiting-visit";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReferralScenario() {}

  /**
   * Writes the sandbox of {@code dataDir} as `dev` would create it (demo seed), with every patient
   * in {@code zone}, and returns those a referral can take to a kept appointment without a person
   * ({@link DemoReferral#schedulable}).
   */
  static List<PatientRecord> seedSandbox(Path dataDir, String zone) throws IOException {
    Path file = dataDir.resolve("practice").resolve("sandbox.json");
    SandboxPracticeSystem.persistent(file, PracticeSandbox.DEMO_SEED, Clock.systemUTC());
    JsonNode state = JSON.readTree(file.toFile());
    state.get("patients").forEach(p -> ((ObjectNode) p).put("timeZone", zone));
    JSON.writeValue(file.toFile(), state);
    return DemoReferral.schedulable(
        SandboxPracticeSystem.persistent(file, PracticeSandbox.DEMO_SEED, Clock.systemUTC()));
  }

  /** A zone where patients may be texted now and for the next {@code minutes}. */
  static String awakeZone(int minutes) {
    // The referral policy's default quiet hours are the standard calendar's, 21:00-08:00.
    BusinessCalendar calendar = BusinessCalendar.standard();
    Instant now = Instant.now();
    for (String zone : ZoneId.getAvailableZoneIds().stream().sorted().toList()) {
      ZoneId id = ZoneId.of(zone);
      if (zone.startsWith("America/")
          && !calendar.isQuiet(now, id)
          && !calendar.isQuiet(now.plus(Duration.ofMinutes(minutes)), id)) {
        return zone;
      }
    }
    for (String zone : List.of("Europe/London", "Asia/Kolkata", "Asia/Tokyo", "Pacific/Auckland")) {
      if (!calendar.isQuiet(now, ZoneId.of(zone))
          && !calendar.isQuiet(now.plus(Duration.ofMinutes(minutes)), ZoneId.of(zone))) {
        return zone;
      }
    }
    throw new IllegalStateException("no zone is outside quiet hours now");
  }

  /** Moves a finished file into the inbox in one step, so the watcher never sees half of it. */
  static void dropInInbox(Path workDir, Path inbox, String name, byte[] pdf) throws IOException {
    Files.createDirectories(inbox);
    Path staged = Files.write(workDir.resolve(name + ".part"), pdf);
    Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  /** An in-process client that shares the dev key the jar processes generated in workDir. */
  static TemporalConnection connect(Path workDir, String address) {
    Path key = workDir.resolve(KeyRingLoader.DEV_KEY_FILE);
    return TemporalConnection.open(
        TemporalSettings.plaintext(address, "default"),
        PayloadEncryption.dataConverter(
            KeyRingLoader.load(
                Map.of(KeyRingLoader.KEY_FILE_ENV, key.toString()), null, null, false, workDir)),
        Duration.ofSeconds(30));
  }

  /** Where one referral stands, from visibility. */
  record Standing(String workflowId, WorkflowExecutionStatus status, String stage) {
    boolean completed() {
      return status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED;
    }

    boolean running() {
      return status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    }
  }

  /** Every referral the server knows, by workflow id. */
  static Map<String, Standing> referrals(WorkflowClient client) {
    Map<String, Standing> all = new LinkedHashMap<>();
    client
        .listExecutions("WorkflowType = '" + TYPE + "'")
        .forEach(
            (WorkflowExecutionMetadata m) ->
                all.put(
                    m.getExecution().getWorkflowId(),
                    new Standing(
                        m.getExecution().getWorkflowId(),
                        m.getStatus(),
                        m.getTypedSearchAttributes().get(OutcomeSearchAttributes.OUTCOME_STAGE))));
    return all;
  }

  /**
   * The rung a patient or office message belongs to: its key {@code
   * <workflowId>:<stage>.<step>.<channel>:<n>} without the channel it finally went out on and the
   * count, i.e. {@code <workflowId>:<stage>.<step>}.
   */
  static String rung(String idempotencyKey) {
    String withoutCount = idempotencyKey.substring(0, idempotencyKey.lastIndexOf(':'));
    int channel = withoutCount.lastIndexOf('.');
    return channel > withoutCount.indexOf(':') ? withoutCount.substring(0, channel) : withoutCount;
  }
}
