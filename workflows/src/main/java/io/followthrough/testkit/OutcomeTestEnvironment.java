package io.followthrough.testkit;

import io.followthrough.ledger.LedgerActivities;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.sdk.OutcomeModules;
import io.followthrough.sdk.OutcomeSearchAttributes;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.TypeAlreadyRegisteredException;
import io.temporal.worker.Worker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory Temporal service with time skipping, the outcome search attributes registered and
 * one worker running the workflows and activities under test. Build one per test (or let {@link
 * OutcomeTestExtension} do it) and close it afterwards.
 *
 * <p>Outcomes report ledger events through {@code LedgerActivities}: unless the test registers its
 * own implementation, the worker gets a {@link RecordingLedger}, read with {@link #ledgerEvents()}.
 */
public final class OutcomeTestEnvironment implements AutoCloseable {
  private final TestWorkflowEnvironment env;
  private final String taskQueue;
  private final RecordingLedger ledger;

  private OutcomeTestEnvironment(Builder b) {
    TestEnvironmentOptions.Builder options = TestEnvironmentOptions.newBuilder();
    options.setUseTimeskipping(b.timeSkipping);
    if (b.initialTime != null) {
      options.setInitialTime(b.initialTime);
    }
    OutcomeSearchAttributes.indexedValueTypes().forEach(options::registerSearchAttribute);
    this.env = TestWorkflowEnvironment.newInstance(options.build());
    this.taskQueue = b.taskQueue;
    Worker worker = env.newWorker(taskQueue);
    if (b.module != null) {
      OutcomeModules.register(worker, b.module, b.moduleEnvironment);
    }
    if (!b.workflowTypes.isEmpty()) {
      worker.registerWorkflowImplementationTypes(b.workflowTypes.toArray(new Class<?>[0]));
    }
    if (!b.activities.isEmpty()) {
      worker.registerActivitiesImplementations(b.activities.toArray());
    }
    this.ledger = registerLedgerUnlessPresent(worker, b.activities);
    env.start();
  }

  private static RecordingLedger registerLedgerUnlessPresent(Worker worker, List<Object> given) {
    if (given.stream().anyMatch(a -> a instanceof LedgerActivities)) {
      return null;
    }
    RecordingLedger recording = new RecordingLedger();
    try {
      worker.registerActivitiesImplementations(recording);
      return recording;
    } catch (TypeAlreadyRegisteredException moduleBroughtItsOwn) {
      return null;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Client of the in-memory service. */
  public WorkflowClient client() {
    return env.getWorkflowClient();
  }

  /** The underlying Temporal test environment, for anything this class does not cover. */
  public TestWorkflowEnvironment temporal() {
    return env;
  }

  public String taskQueue() {
    return taskQueue;
  }

  /** A typed stub for a new workflow with id {@code workflowId} on the test task queue. */
  public <T> T newWorkflow(Class<T> workflowInterface, String workflowId) {
    WorkflowOptions options =
        WorkflowOptions.newBuilder().setTaskQueue(taskQueue).setWorkflowId(workflowId).build();
    return client().newWorkflowStub(workflowInterface, options);
  }

  /** A typed stub for the running workflow {@code workflowId} (signals, queries, updates). */
  public <T> T existingWorkflow(Class<T> workflowInterface, String workflowId) {
    return client().newWorkflowStub(workflowInterface, workflowId);
  }

  /**
   * The ledger fake the environment registered.
   *
   * @throws IllegalStateException when the test registered its own {@code LedgerActivities}
   */
  public RecordingLedger ledger() {
    if (ledger == null) {
      throw new IllegalStateException(
          "this test registered its own LedgerActivities: ask that implementation");
    }
    return ledger;
  }

  /** Every ledger event the outcomes reported (one per idempotency key), in emission order. */
  public List<LedgerEvent> ledgerEvents() {
    return ledger().events();
  }

  /** The ledger events of one workflow id, in emission order. */
  public List<LedgerEvent> ledgerEvents(String workflowId) {
    return ledger().events(workflowId);
  }

  /** Skips {@code duration} of workflow time (timers fire, nothing really waits). */
  public void sleep(Duration duration) {
    env.sleep(duration);
  }

  /** Current time of the test service. */
  public Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  /**
   * Current search attributes of {@code workflowId}, e.g. {@code
   * OutcomeSearchAttributes.OUTCOME_STAGE}.
   */
  public SearchAttributes searchAttributes(String workflowId) {
    return client().newUntypedWorkflowStub(workflowId).describe().getTypedSearchAttributes();
  }

  /** The full history of the latest run of {@code workflowId}. */
  public WorkflowExecutionHistory history(String workflowId) {
    return env.getWorkflowExecutionHistory(
        WorkflowExecution.newBuilder().setWorkflowId(workflowId).build());
  }

  /**
   * Writes the history of {@code workflowId} as Temporal JSON to {@code file}, e.g. to commit it
   * under {@code src/test/resources} for a replay test ({@link HistoryReplay}).
   */
  public Path exportHistory(String workflowId, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.writeString(file, history(workflowId).toJson(true));
  }

  @Override
  public void close() {
    env.close();
  }

  /** What to run; everything is optional except at least one workflow type or module. */
  public static final class Builder {
    private final List<Class<?>> workflowTypes = new ArrayList<>();
    private final List<Object> activities = new ArrayList<>();
    private OutcomeModule module;
    private ModuleEnvironment moduleEnvironment;
    private String taskQueue = OutcomeModule.DEFAULT_TASK_QUEUE;
    private Instant initialTime;
    private boolean timeSkipping = true;

    private Builder() {}

    /** Workflow implementation classes to register. */
    public Builder workflowTypes(Class<?>... types) {
      workflowTypes.addAll(List.of(types));
      return this;
    }

    /**
     * Activity implementations (real, fakes or {@link ActivityRecorder} proxies). One that
     * implements {@code LedgerActivities} replaces the default {@link RecordingLedger}.
     */
    public Builder activities(Object... implementations) {
      activities.addAll(List.of(implementations));
      return this;
    }

    /**
     * Registers a whole module as the worker would, on the module's task queue, with its own
     * activities built from {@code environment} (e.g. {@link TestModuleEnvironment}).
     */
    public Builder module(OutcomeModule outcomeModule, ModuleEnvironment environment) {
      this.module = outcomeModule;
      this.moduleEnvironment = environment;
      this.taskQueue = outcomeModule.taskQueue();
      return this;
    }

    /** Task queue of the worker; default {@link OutcomeModule#DEFAULT_TASK_QUEUE}. */
    public Builder taskQueue(String queue) {
      this.taskQueue = queue;
      return this;
    }

    /** Start time of the test service's clock; default: now. */
    public Builder initialTime(Instant time) {
      this.initialTime = time;
      return this;
    }

    /**
     * Whether idle time is skipped (default true). Benchmarks turn it off so no timer fires while
     * they drive real load.
     */
    public Builder timeSkipping(boolean enabled) {
      this.timeSkipping = enabled;
      return this;
    }

    public OutcomeTestEnvironment build() {
      if (workflowTypes.isEmpty() && module == null) {
        throw new IllegalStateException("register at least one workflow type or a module");
      }
      return new OutcomeTestEnvironment(this);
    }
  }
}
