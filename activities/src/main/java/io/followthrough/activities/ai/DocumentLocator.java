package io.followthrough.activities.ai;

import java.nio.file.Path;
import java.util.Optional;

/** Finds a stored document's file by id (backed by the document store). */
@FunctionalInterface
public interface DocumentLocator {

  /** The readable file of {@code documentId}, or empty when no such document is stored. */
  Optional<Path> locate(String documentId);
}
