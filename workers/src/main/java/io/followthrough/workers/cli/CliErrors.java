package io.followthrough.workers.cli;

import io.followthrough.activities.store.StoreException;
import io.followthrough.workers.codec.CodecKeyException;
import io.followthrough.workers.runtime.ConfigurationProblem;
import io.followthrough.workers.temporal.TemporalConnectionException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns any failure of a command into one line on stderr and an exit code: no stack traces. */
public final class CliErrors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult result) {
    commandLine.getErr().println("error: " + message(e));
    if (System.getenv("FOLLOWTHROUGH_DEBUG") != null) {
      e.printStackTrace(commandLine.getErr());
    }
    commandLine.getErr().flush();
    return exitCode(e);
  }

  /** Exit code for a failure. */
  public static int exitCode(Throwable e) {
    if (find(e, TemporalConnectionException.class) != null
        || find(e, CodecKeyException.class) != null
        || find(e, ConfigurationProblem.class) != null
        || find(e, StoreException.class) != null) {
      return ExitCodes.CONNECTION;
    }
    StatusRuntimeException status = find(e, StatusRuntimeException.class);
    if (status != null) {
      Status.Code code = status.getStatus().getCode();
      if (code == Status.Code.UNAVAILABLE || code == Status.Code.UNAUTHENTICATED) {
        return ExitCodes.CONNECTION;
      }
    }
    return ExitCodes.FAILED;
  }

  /** One line that says what went wrong. */
  public static String message(Throwable e) {
    for (Class<? extends RuntimeException> oneLiner :
        List.of(
            TemporalConnectionException.class,
            CodecKeyException.class,
            ConfigurationProblem.class,
            StoreException.class)) {
      RuntimeException known = find(e, oneLiner);
      if (known != null) {
        return known.getMessage();
      }
    }
    WorkflowExecutionAlreadyStarted started = find(e, WorkflowExecutionAlreadyStarted.class);
    if (started != null) {
      return "workflow " + started.getExecution().getWorkflowId() + " is already running";
    }
    WorkflowNotFoundException notFound = find(e, WorkflowNotFoundException.class);
    if (notFound != null) {
      return "workflow " + notFound.getExecution().getWorkflowId() + " not found";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String top = firstLine(e);
    String bottom = firstLine(root);
    return root == e || top.contains(bottom) ? top : top + ": " + bottom;
  }

  private static String firstLine(Throwable e) {
    String text =
        e instanceof StatusRuntimeException sre
            ? sre.getStatus().getCode()
                + (sre.getStatus().getDescription() == null
                    ? ""
                    : " " + sre.getStatus().getDescription())
            : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
