package io.followthrough.workers.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.OpsStoreConfig;
import io.followthrough.activities.store.access.Role;
import io.followthrough.activities.store.audit.AuditEntry;
import io.followthrough.activities.store.audit.AuditRecord;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.workers.fixtures.OutcomeProbe;
import io.followthrough.workers.fixtures.ProbeStack;
import io.temporal.activity.ActivityInfo;
import io.temporal.client.WorkflowStub;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker runtime audits every execution of a PHI-touching activity, and nothing else. */
class PhiAccessAuditTest {

  @TempDir Path data;

  @Test
  void everySendAttemptLeavesOneChainedRowWithoutPhi() throws Exception {
    try (OpsStore store = OpsStore.open(OpsStoreConfig.embedded(data.resolve("store")));
        ProbeStack stack =
            new ProbeStack(data, List.of(store.ledgerActivities()), store.auditLog())) {
      OutcomeProbe probe = stack.start("A-1");
      String task = ProbeStack.awaitTask(probe);
      probe.completeTask(new TaskCompletion(task, "coordinator", "c-1", "checked"));
      assertEquals("checked", WorkflowStub.fromTyped(probe).getResult(String.class));

      List<AuditRecord> rows = store.auditLog().read(1, 100);
      // The channel fails its first attempt: two executions of ChannelSend, two rows. The ledger
      // activities of the same outcome touch no PHI and leave none.
      assertEquals(2, rows.size(), rows.toString());
      String identity = stack.client().getOptions().getIdentity();
      for (AuditRecord row : rows) {
        assertEquals("ChannelSend", row.entry().action());
        assertEquals(Role.SYSTEM, row.entry().role());
        assertTrue(row.entry().actor().startsWith("worker:"), row.entry().actor());
        assertEquals(AuditCodes.code("worker:" + identity, 200), row.entry().actor());
        assertEquals("outcome:probe-outcome/A-1", row.entry().recordRef());
        assertEquals("probe-outcome", row.entry().purpose());
      }
      assertTrue(store.auditLog().verify().intact());
    }
  }

  @Test
  void oddIdsStillMakeAValidRow() {
    PhiAccessAudit audit = new PhiAccessAudit(null, "4711@build host (ci)", PhiActivityTypes.ALL);
    AuditEntry outsideOutcome = audit.entry(info("PracticeMatchPatient", "", "MatchOnly"));
    assertEquals("worker:4711@build-host--ci-", outsideOutcome.actor());
    assertEquals("activity:act-1", outsideOutcome.recordRef());
    assertEquals("MatchOnly", outsideOutcome.purpose(), "no outcome prefix: the workflow type");
    AuditEntry noPrefix = audit.entry(info("ChannelSend", "legacy id with spaces", "Legacy"));
    assertEquals("outcome:legacy-id-with-spaces", noPrefix.recordRef());
    assertEquals("Legacy", noPrefix.purpose());
  }

  /** An ActivityInfo with just what the audit reads. */
  private static ActivityInfo info(String type, String workflowId, String workflowType) {
    return (ActivityInfo)
        Proxy.newProxyInstance(
            ActivityInfo.class.getClassLoader(),
            new Class<?>[] {ActivityInfo.class},
            (self, method, args) ->
                switch (method.getName()) {
                  case "getActivityType" -> type;
                  case "getWorkflowId" -> workflowId;
                  case "getWorkflowType" -> workflowType;
                  case "getActivityId" -> "act-1";
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
