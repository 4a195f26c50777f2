package io.followthrough.workers.api;

import static io.followthrough.workers.api.ApiStack.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.followthrough.workers.api.ApiStack.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every HTTP action × every staff role: allowed roles get past the permission check (their answer
 * is not 401/403), the others get 403 with the role and action named. The expected table is written
 * out here, independently of the store's {@code Permissions}.
 */
class RolePermissionsApiTest {

  static final Set<String> EVERYONE =
      Set.of("coordinator", "supervisor", "admin", "auditor", "clinician");
  static final Set<String> WORKERS = Set.of("coordinator", "supervisor", "admin", "clinician");
  static final Set<String> LEADS = Set.of("supervisor", "admin");

  static ApiStack api;

  @BeforeAll
  static void start() {
    api = ApiStack.shared();
  }

  /** One HTTP action: method, path built from a fresh task id, JSON body, roles allowed. */
  record Route(
      String name,
      String method,
      Function<String, String> path,
      String body,
      Set<String> allowed) {}

  static List<Route> routes() {
    String until = Instant.now().plusSeconds(86_400).toString();
    return List.of(
        new Route("me", "GET", t -> "/api/me", null, EVERYONE),
        new Route("inbox", "GET", t -> "/api/tasks", null, WORKERS),
        new Route("task", "GET", t -> "/api/tasks/" + encode(t), null, WORKERS),
        new Route("claim", "POST", t -> "/api/tasks/" + encode(t) + "/claim", null, WORKERS),
        new Route(
            "resolve",
            "POST",
            t -> "/api/tasks/" + encode(t) + "/resolve",
            "{\"resolution\":\"handled\"}",
            WORKERS),
        new Route(
            "snooze",
            "POST",
            t -> "/api/tasks/" + encode(t) + "/snooze",
            "{\"until\":\"" + until + "\",\"reasonCode\":\"awaiting-callback\"}",
            WORKERS),
        new Route(
            "reassign",
            "POST",
            t -> "/api/tasks/" + encode(t) + "/reassign",
            "{\"staffId\":\"u-9\"}",
            LEADS),
        new Route("outcomes", "GET", t -> "/api/outcomes?limit=5", null, WORKERS),
        new Route("outcome", "GET", t -> "/api/outcomes/" + encode("perm/none"), null, WORKERS),
        new Route(
            "start",
            "POST",
            t -> "/api/outcomes",
            "{\"workflowType\":\"LabResultFollowUp\",\"workflowId\":\"lab-result-follow-up/P-"
                + UUID.randomUUID()
                + "\",\"input\":{\"resultId\":\"P\",\"abnormal\":false,"
                + "\"patientTimeZone\":\"UTC\"}}",
            WORKERS),
        new Route(
            "signal",
            "POST",
            t -> "/api/outcomes/" + encode("perm/none") + "/signals/acknowledge",
            "{\"by\":\"dr-1\"}",
            WORKERS),
        new Route(
            "cancel",
            "POST",
            t -> "/api/outcomes/" + encode("perm/none") + "/cancel",
            "{\"reasonCode\":\"test\"}",
            LEADS),
        new Route(
            "analytics",
            "GET",
            t -> "/api/analytics",
            null,
            Set.of("supervisor", "admin", "auditor")),
        new Route("audit", "GET", t -> "/api/audit?limit=5", null, Set.of("admin", "auditor")),
        new Route(
            "audit-verify", "GET", t -> "/api/audit/verify", null, Set.of("admin", "auditor")),
        new Route("document", "GET", t -> "/api/documents/" + "ab".repeat(32), null, WORKERS),
        new Route("upload", "POST", t -> "/api/documents", "{\"not\":\"a fax\"}", WORKERS));
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Route route : routes()) {
      for (String role : List.of("coordinator", "supervisor", "admin", "auditor", "clinician")) {
        cases.add(Arguments.of(route.name(), role, route));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("cases")
  void eachRoleIsAllowedOrDeniedEachAction(String name, String role, Route route) {
    String taskWorkflow = "perm/" + UUID.randomUUID();
    String taskId = taskWorkflow + "/check-1";
    // A clinician works the clinician's tasks (refill approvals, appeal sign-offs); the others
    // are checked on a coordinator's task.
    String taskRole = "clinician".equals(role) ? "clinician" : "coordinator";
    api.openTask(taskWorkflow, "perm-test", "check", taskId, taskRole, 3);
    Answer answer =
        api.send(api.as(role), route.method(), route.path().apply(taskId), route.body());
    if (route.allowed().contains(role)) {
      assertNotEquals(401, answer.status(), answer.toString());
      assertNotEquals(403, answer.status(), role + " may " + name + ": " + answer);
    } else {
      assertEquals(403, answer.status(), role + " may not " + name + ": " + answer);
      assertEquals("FORBIDDEN", answer.json().get("error").asText());
      assertEquals(
          true,
          answer.json().get("message").asText().startsWith("role '" + role + "' may not "),
          answer.toString());
    }
  }

  @ParameterizedTest(name = "{0} on a {1} task")
  @org.junit.jupiter.params.provider.CsvSource({"clinician,coordinator", "coordinator,clinician"})
  void aRoleMayNotResolveAnotherRolesTask(String role, String taskRole) {
    String taskWorkflow = "perm/" + UUID.randomUUID();
    String taskId = taskWorkflow + "/check-1";
    api.openTask(taskWorkflow, "perm-test", "check", taskId, taskRole, 3);
    Answer answer =
        api.send(
            api.as(role),
            "POST",
            "/api/tasks/" + encode(taskId) + "/resolve",
            "{\"resolution\":\"handled\"}");
    assertEquals(403, answer.status(), answer.toString());
    assertEquals(
        true,
        answer.json().get("message").asText().contains("is for role '" + taskRole + "'"),
        answer.toString());
  }
}
