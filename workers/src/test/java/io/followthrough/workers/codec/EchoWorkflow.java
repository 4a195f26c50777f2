package io.followthrough.workers.codec;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Test workflow: returns its input, so the payload crosses the server twice. */
@WorkflowInterface
public interface EchoWorkflow {
  @WorkflowMethod
  String echo(String text);
}
