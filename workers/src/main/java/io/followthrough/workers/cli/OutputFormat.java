package io.followthrough.workers.cli;

/** How a command prints its result. */
public enum OutputFormat {
  /** Human-readable lines. */
  text,
  /** One JSON document, for scripts. */
  json
}
