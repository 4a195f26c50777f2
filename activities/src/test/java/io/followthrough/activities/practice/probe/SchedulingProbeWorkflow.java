package io.followthrough.activities.practice.probe;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A miniature referral: match the patient, book a slot, text the patient. */
@WorkflowInterface
public interface SchedulingProbeWorkflow {
  @WorkflowMethod
  ProbeResult run(ProbeInput input);
}
