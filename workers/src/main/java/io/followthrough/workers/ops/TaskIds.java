package io.followthrough.workers.ops;

/**
 * How queue task ids relate to the ids workflows give their human tasks. The ledger's task id is
 * unique across outcomes, by convention {@code <workflowId>/<workflowTaskId>} (e.g. {@code
 * fax-intake/ab12…/review-1}); the workflow knows only {@code review-1}. A queue id without that
 * prefix is taken to be the workflow's own id.
 */
final class TaskIds {

  private TaskIds() {}

  static String workflowTaskId(String queueTaskId, String workflowId) {
    String prefix = workflowId + "/";
    return queueTaskId.startsWith(prefix) && queueTaskId.length() > prefix.length()
        ? queueTaskId.substring(prefix.length())
        : queueTaskId;
  }

  /** The queue id a workflow task gets under the convention. */
  static String queueTaskId(String workflowId, String workflowTaskId) {
    return workflowId + "/" + workflowTaskId;
  }
}
