package io.followthrough.testkit;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A recording fake of an activity interface: every execution (retries included) is recorded with
 * its arguments, attempt and test-service time, then handed to a hand-written fake that decides the
 * result. Register {@link #proxy()} as the activity implementation.
 *
 * <pre>{@code
 * ActivityRecorder<MyActivities> rec = ActivityRecorder.of(MyActivities.class, new MyFake());
 * ... run the workflow ...
 * assertEquals(1, rec.count("sendReminder"));
 * }</pre>
 *
 * @param <T> the {@code @ActivityInterface}
 */
public final class ActivityRecorder<T> {
  private final List<RecordedCall> calls = Collections.synchronizedList(new ArrayList<>());
  private final T proxy;

  private ActivityRecorder(Class<T> activityInterface, T fake) {
    Object p =
        Proxy.newProxyInstance(
            activityInterface.getClassLoader(),
            new Class<?>[] {activityInterface},
            (self, method, args) -> invoke(fake, method, args));
    this.proxy = activityInterface.cast(p);
  }

  /** Records calls to {@code activityInterface} and lets {@code fake} answer them. */
  public static <T> ActivityRecorder<T> of(Class<T> activityInterface, T fake) {
    return new ActivityRecorder<>(activityInterface, fake);
  }

  /** The implementation to register on the worker. */
  public T proxy() {
    return proxy;
  }

  /** All recorded executions, oldest first. */
  public List<RecordedCall> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /** Recorded executions of one method. */
  public List<RecordedCall> calls(String method) {
    return calls().stream().filter(c -> c.method().equals(method)).toList();
  }

  /** How many times {@code method} executed. */
  public int count(String method) {
    return calls(method).size();
  }

  /** Method names in execution order, e.g. to assert the sequence of side effects. */
  public List<String> methods() {
    return calls().stream().map(RecordedCall::method).toList();
  }

  private Object invoke(T fake, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return method.invoke(this, args);
    }
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    List<Object> argList = args == null ? List.of() : Arrays.asList(args.clone());
    calls.add(
        new RecordedCall(
            method.getName(),
            argList,
            info.getAttempt(),
            info.getCurrentAttemptScheduledTimestamp()));
    try {
      return method.invoke(fake, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
