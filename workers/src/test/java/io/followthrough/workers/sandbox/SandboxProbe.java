package io.followthrough.workers.sandbox;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/** Test workflow: books the first urgent slot of a specialty and texts the patient about it. */
@WorkflowInterface
public interface SandboxProbe {

  /** Returns [appointmentId, messageId ("null" when nothing was sent), send status]. */
  @WorkflowMethod
  List<String> run(String patientRef, String specialty);
}
