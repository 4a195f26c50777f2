package io.followthrough.examples.labresult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.sdk.OutcomeModule;
import io.followthrough.sdk.OutcomeModules;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.OutcomeTestExtension;
import io.followthrough.testkit.TestModuleEnvironment;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LabResultFollowUpModuleTest {
  @TempDir Path dataDirectory;

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env ->
              env.module(new LabResultFollowUpModule(), new TestModuleEnvironment(dataDirectory))
                  .initialTime(LabResultFollowUpHappyPathTest.NOON_NEW_YORK));

  @Test
  void moduleIsDiscoverableByServiceLoader() {
    List<OutcomeModule> modules = OutcomeModules.discover(getClass().getClassLoader());
    OutcomeModule module =
        modules.stream().filter(m -> m.name().equals("lab-result-follow-up")).findFirst().get();
    assertEquals(OutcomeModule.DEFAULT_TASK_QUEUE, module.taskQueue());
    assertEquals(
        List.of(LabResultFollowUpWorkflowImpl.class), module.workflowImplementationTypes());
  }

  @Test
  void sandboxJournalsOneLinePerExecutionWithItsIdempotencyKey(OutcomeTestEnvironment env)
      throws Exception {
    String id = LabResultFollowUpWorkflow.workflowId("R-7");
    LabResultFollowUpWorkflow wf = env.newWorkflow(LabResultFollowUpWorkflow.class, id);
    WorkflowClient.start(wf::run, new LabResultFollowUpInput("R-7", false, "America/New_York"));
    env.sleep(Duration.ofHours(5)); // one reminder (normal results: every 4 h)
    wf.acknowledge(new Acknowledgement("dr-2"));
    env.sleep(Duration.ofMinutes(1));
    wf.patientConfirmed(new PatientConfirmation("portal"));
    WorkflowStub.fromTyped(wf).getResult(LabResultFollowUpResult.class);

    Path journal = dataDirectory.resolve("lab-result-follow-up/executions.log");
    List<String> lines = Files.readAllLines(journal);
    List<String> entries = lines.stream().map(l -> l.substring(l.indexOf(' ') + 1)).toList();
    assertEquals(
        List.of(
            "NotifyProvider lab-result-follow-up/R-7:notify-provider:1",
            "RemindProvider lab-result-follow-up/R-7:await-acknowledgement:1",
            "NotifyPatient lab-result-follow-up/R-7:notify-patient:1",
            "CloseLoop lab-result-follow-up/R-7:close-loop:1"),
        entries);
    assertTrue(lines.stream().allMatch(l -> l.matches("\\d{13} \\S+ \\S+")), lines.toString());
  }
}
