package io.followthrough.testkit;

import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives every test a fresh {@link OutcomeTestEnvironment} and closes it
 * afterwards. Register it on an instance field so it can use the test's own fakes:
 *
 * <pre>{@code
 * final ActivityRecorder<MyActivities> activities = ActivityRecorder.of(MyActivities.class, new MyFake());
 *
 * @RegisterExtension
 * final OutcomeTestExtension kit =
 *     OutcomeTestExtension.configure(b -> b.workflowTypes(MyWorkflowImpl.class)
 *         .activities(activities.proxy()));
 *
 * @Test
 * void happyPath(OutcomeTestEnvironment env) { ... }
 * }</pre>
 */
public final class OutcomeTestExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final Consumer<OutcomeTestEnvironment.Builder> configuration;
  private OutcomeTestEnvironment environment;

  private OutcomeTestExtension(Consumer<OutcomeTestEnvironment.Builder> configuration) {
    this.configuration = configuration;
  }

  /** An extension whose environments are built by {@code configuration}. */
  public static OutcomeTestExtension configure(
      Consumer<OutcomeTestEnvironment.Builder> configuration) {
    return new OutcomeTestExtension(configuration);
  }

  /** The current test's environment. */
  public OutcomeTestEnvironment env() {
    if (environment == null) {
      throw new IllegalStateException("the environment exists only while a test runs");
    }
    return environment;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    OutcomeTestEnvironment.Builder builder = OutcomeTestEnvironment.builder();
    configuration.accept(builder);
    environment = builder.build();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (environment != null) {
      environment.close();
      environment = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == OutcomeTestEnvironment.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return env();
  }
}
