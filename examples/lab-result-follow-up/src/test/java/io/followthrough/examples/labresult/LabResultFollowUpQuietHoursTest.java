package io.followthrough.examples.labresult;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.OutcomeTestExtension;
import io.followthrough.testkit.RecordedCall;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LabResultFollowUpQuietHoursTest {
  /** 2026-03-03 21:30 in New York (EST): patient quiet hours, 21:00–08:00. */
  static final Instant LATE_EVENING_NEW_YORK = Instant.parse("2026-03-04T02:30:00Z");

  final ActivityRecorder<LabResultActivities> activities =
      ActivityRecorder.of(LabResultActivities.class, new FakeLabResultActivities(1));

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env ->
              env.workflowTypes(LabResultFollowUpWorkflowImpl.class)
                  .activities(activities.proxy())
                  .initialTime(LATE_EVENING_NEW_YORK));

  @Test
  void patientIsNotContactedBeforeQuietHoursEnd(OutcomeTestEnvironment env) {
    String id = LabResultFollowUpWorkflow.workflowId("R-4");
    LabResultFollowUpWorkflow wf = env.newWorkflow(LabResultFollowUpWorkflow.class, id);
    WorkflowClient.start(wf::run, new LabResultFollowUpInput("R-4", true, "America/New_York"));
    env.sleep(Duration.ofMinutes(5));
    wf.acknowledge(new Acknowledgement("dr-1")); // the provider is up late; the patient is not

    // No signal from the patient: the first re-check poll (12 h later) finds the evidence.
    LabResultFollowUpResult result =
        WorkflowStub.fromTyped(wf).getResult(LabResultFollowUpResult.class);
    assertEquals("poll", result.patientConfirmation());

    RecordedCall notify = activities.calls("notifyPatient").get(0);
    LocalTime local =
        Instant.ofEpochMilli(notify.atMillis()).atZone(ZoneId.of("America/New_York")).toLocalTime();
    assertEquals(LocalTime.of(8, 0), local.withSecond(0).withNano(0));
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.DEFERRED, "quiet-hours")
        .hasEntry(TimelineKind.EVIDENCE, "poll-1:found")
        .completed();
  }

  @Test
  void patientInAnotherZoneIsContactedAtOnceWhenItIsDaytimeThere(OutcomeTestEnvironment env) {
    String id = LabResultFollowUpWorkflow.workflowId("R-5");
    LabResultFollowUpWorkflow wf = env.newWorkflow(LabResultFollowUpWorkflow.class, id);
    WorkflowClient.start(wf::run, new LabResultFollowUpInput("R-5", true, "Asia/Tokyo"));
    env.sleep(Duration.ofMinutes(5));
    wf.acknowledge(new Acknowledgement("dr-1")); // 11:35 in Tokyo
    WorkflowStub.fromTyped(wf).getResult(LabResultFollowUpResult.class);

    long notifiedAt = activities.calls("notifyPatient").get(0).atMillis();
    long delay = notifiedAt - LATE_EVENING_NEW_YORK.toEpochMilli();
    assertEquals(true, delay < Duration.ofMinutes(10).toMillis(), "delay " + delay);
    assertThat(wf.timeline()).hasNoEntry(TimelineKind.DEFERRED).completed();
  }
}
