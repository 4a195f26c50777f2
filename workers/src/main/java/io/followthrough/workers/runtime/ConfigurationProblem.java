package io.followthrough.workers.runtime;

/** Unusable configuration (bad file, port in use, unwritable data folder): exit code 3. */
public final class ConfigurationProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigurationProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
