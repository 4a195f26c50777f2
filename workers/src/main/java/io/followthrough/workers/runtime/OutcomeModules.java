package io.followthrough.workers.runtime;

import io.followthrough.sdk.OutcomeModule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the {@link OutcomeModule}s on the classpath. */
public final class OutcomeModules {

  private OutcomeModules() {}

  /** Every module declared through {@code META-INF/services}, sorted by name. */
  public static List<OutcomeModule> discover() {
    return discover(Thread.currentThread().getContextClassLoader());
  }

  /** Every module visible to the class loader, sorted by name. */
  public static List<OutcomeModule> discover(ClassLoader classLoader) {
    List<OutcomeModule> modules = new ArrayList<>();
    ServiceLoader.load(OutcomeModule.class, classLoader).forEach(modules::add);
    modules.sort(Comparator.comparing(OutcomeModule::name));
    return List.copyOf(modules);
  }
}
