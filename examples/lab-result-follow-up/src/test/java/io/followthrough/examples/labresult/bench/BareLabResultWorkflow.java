package io.followthrough.examples.labresult.bench;

import io.followthrough.examples.labresult.Acknowledgement;
import io.followthrough.examples.labresult.LabResultFollowUpInput;
import io.followthrough.examples.labresult.LabResultFollowUpResult;
import io.followthrough.examples.labresult.PatientConfirmation;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The benchmark baseline: the same happy path written with bare Temporal, no SDK helpers. */
@WorkflowInterface
public interface BareLabResultWorkflow {

  @WorkflowMethod(name = "BareLabResult")
  LabResultFollowUpResult run(LabResultFollowUpInput input);

  @SignalMethod(name = "acknowledge")
  void acknowledge(Acknowledgement acknowledgement);

  @SignalMethod(name = "patientConfirmed")
  void patientConfirmed(PatientConfirmation confirmation);
}
