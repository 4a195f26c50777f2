package io.followthrough.workers.sandbox;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * True in dev mode ({@code followthrough.dev-mode}) or when {@code
 * followthrough.modules.practice-sandbox.enabled} is true: the same rule as the worker's {@code
 * PracticeSandboxModule}, so the demo endpoints exist exactly where the sandbox activities do.
 */
public final class SandboxEnabled implements Condition {

  @Override
  public boolean matches(ConditionContext context) {
    return flag(context, "followthrough.dev-mode")
        || flag(context, "followthrough.modules.practice-sandbox.enabled");
  }

  private static boolean flag(ConditionContext context, String key) {
    return context.getProperty(key, Boolean.class).orElse(false);
  }
}
