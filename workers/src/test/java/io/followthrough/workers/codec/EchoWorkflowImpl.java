package io.followthrough.workers.codec;

public class EchoWorkflowImpl implements EchoWorkflow {
  @Override
  public String echo(String text) {
    return "echo: " + text;
  }
}
