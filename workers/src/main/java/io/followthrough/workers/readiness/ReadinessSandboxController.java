package io.followthrough.workers.readiness;

import io.followthrough.activities.practice.PracticeException;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.readiness.ReadinessWorkflow;
import io.followthrough.workers.sandbox.SandboxEnabled;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /sandbox/patients/{ref}/readiness}: what a sandbox patient has on file for intake
 * readiness, and the patient's (or staff's) way to complete an item — the stand-in for a form page
 * or a document upload. Completing an item tells the readiness outcome of each of the patient's
 * booked appointments ({@code itemsChanged} signal), which re-checks at once.
 */
@Controller("/sandbox/patients")
@Requires(condition = SandboxEnabled.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class ReadinessSandboxController {
  private static final Logger log = LoggerFactory.getLogger(ReadinessSandboxController.class);

  private final PracticeSandbox sandbox;
  private final BeanProvider<WorkflowClient> client;

  public ReadinessSandboxController(PracticeSandbox sandbox, BeanProvider<WorkflowClient> client) {
    this.sandbox = sandbox;
    this.client = client;
  }

  @Get("/{ref}/readiness")
  public HttpResponse<?> onFile(@PathVariable String ref) {
    try {
      return HttpResponse.ok(
          Map.of("patientRef", ref, "onFile", sandbox.practice().readiness().onFile(ref)));
    } catch (PracticeException e) {
      return error(e);
    }
  }

  /** Puts {@code item} on file (e.g. {@code intake_forms}) and tells the readiness outcomes. */
  @Post("/{ref}/readiness/{item}")
  public HttpResponse<?> complete(@PathVariable String ref, @PathVariable String item) {
    List<String> onFile;
    try {
      onFile = sandbox.practice().readiness().complete(ref, item);
    } catch (PracticeException e) {
      return error(e);
    }
    List<String> signalled = new ArrayList<>();
    for (String appointmentId : sandbox.practice().readiness().bookedAppointments(ref)) {
      String workflowId = ReadinessWorkflow.workflowId(appointmentId);
      try {
        client.get().newUntypedWorkflowStub(workflowId).signal("itemsChanged", item);
        signalled.add(workflowId);
      } catch (WorkflowNotFoundException e) {
        log.debug("{} is not running", workflowId);
      } catch (RuntimeException e) {
        log.warn("{} not signalled ({})", workflowId, e.getClass().getSimpleName());
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("patientRef", ref);
    body.put("onFile", onFile);
    body.put("signalled", signalled);
    return HttpResponse.ok(body);
  }

  private static HttpResponse<?> error(PracticeException e) {
    HttpStatus status =
        "PatientNotFound".equals(e.code()) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    return HttpResponse.status(status).body(Map.of("error", e.code(), "message", e.getMessage()));
  }
}
