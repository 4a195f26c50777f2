package io.followthrough.workers.audit;

import io.followthrough.activities.store.access.Role;
import io.followthrough.activities.store.audit.AuditEntry;
import io.followthrough.activities.store.audit.AuditLog;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import java.util.Set;

/**
 * Writes one audit row per execution (every attempt) of a PHI-touching activity, before the
 * activity runs: actor {@code worker:<identity>} in role {@code system}, action the activity type,
 * record {@code outcome:<workflowId>}, purpose the outcome type (the workflow id's prefix, e.g.
 * {@code referral} of {@code referral/fax-7}; else the workflow type). Codes and ids only, never
 * arguments. If the row cannot be written the attempt fails (and is retried): no PHI is touched
 * without its audit row.
 */
public final class PhiAccessAudit extends WorkerInterceptorBase {

  private final AuditLog audit;
  private final String actor;
  private final Set<String> activityTypes;

  /**
   * @param audit the ops store's audit log
   * @param workerIdentity the Temporal client identity of this worker (e.g. {@code 4711@host})
   * @param activityTypes the activity types to audit, e.g. {@link PhiActivityTypes#ALL}
   */
  public PhiAccessAudit(AuditLog audit, String workerIdentity, Set<String> activityTypes) {
    this.audit = audit;
    this.actor = AuditCodes.code("worker:" + workerIdentity, 200);
    this.activityTypes = Set.copyOf(activityTypes);
  }

  @Override
  public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
    return new ActivityInboundCallsInterceptorBase(next) {
      private ActivityInfo info;

      @Override
      public void init(ActivityExecutionContext context) {
        info = context.getInfo();
        super.init(context);
      }

      @Override
      public ActivityOutput execute(ActivityInput input) {
        if (info != null && activityTypes.contains(info.getActivityType())) {
          audit.append(entry(info));
        }
        return super.execute(input);
      }
    };
  }

  /** The audit row of one execution. */
  AuditEntry entry(ActivityInfo info) {
    String workflowId = info.getWorkflowId();
    boolean inWorkflow = workflowId != null && !workflowId.isEmpty();
    String record = inWorkflow ? "outcome:" + workflowId : "activity:" + info.getActivityId();
    return new AuditEntry(
        actor,
        Role.SYSTEM,
        AuditCodes.code(info.getActivityType(), 64),
        AuditCodes.code(record, 300),
        AuditCodes.code(purpose(workflowId, info.getWorkflowType()), 64));
  }

  private static String purpose(String workflowId, String workflowType) {
    if (workflowId != null && workflowId.indexOf('/') > 0) {
      return workflowId.substring(0, workflowId.indexOf('/'));
    }
    return workflowType == null || workflowType.isEmpty() ? "operations" : workflowType;
  }
}
