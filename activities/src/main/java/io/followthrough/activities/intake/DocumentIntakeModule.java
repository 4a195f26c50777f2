package io.followthrough.activities.intake;

import io.followthrough.activities.ai.LocalDocumentUnderstanding;
import io.followthrough.activities.documents.DocumentReaderSettings;
import io.followthrough.activities.documents.OcrDocumentReader;
import io.followthrough.activities.documents.store.DocumentStore;
import io.followthrough.intake.FaxIntakeWorkflowImpl;
import io.followthrough.sdk.AtRestEncryption;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The built-in document intake outcome ({@code FaxIntake}) and its activities: documents from
 * {@code <data-dir>/documents}, sealed with the worker's key ring, read with OCR and understood by
 * the offline provider. Setting {@code followthrough.intake.max-bytes} (default 64 MiB) bounds the
 * document size.
 */
public class DocumentIntakeModule implements OutcomeModule {

  /** Module name. */
  public static final String NAME = "document-intake";

  /** Setting: largest document in bytes. */
  public static final String MAX_BYTES_SETTING = "followthrough.intake.max-bytes";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Class<?>> workflowImplementationTypes() {
    return List.of(FaxIntakeWorkflowImpl.class);
  }

  @Override
  public List<Object> activityImplementations(ModuleEnvironment environment) {
    Path data = environment.dataDirectory();
    long maxBytes =
        environment
            .setting(MAX_BYTES_SETTING)
            .map(Long::parseLong)
            .orElse(IntakeStorage.DEFAULT_MAX_BYTES);
    Memo<DocumentStore> store = new Memo<>(() -> openStore(environment, data, maxBytes));
    Memo<OcrDocumentReader> reader =
        new Memo<>(
            () ->
                new OcrDocumentReader(
                    DocumentReaderSettings.defaults().withMaxFileBytes(maxBytes)));
    Memo<LocalDocumentUnderstanding> understanding =
        new Memo<>(LocalDocumentUnderstanding::offline);
    return List.of(
        new StoredDocumentActivities(
            store, reader::get, understanding::get, data.resolve("tmp").resolve(NAME)));
  }

  private static DocumentStore openStore(ModuleEnvironment environment, Path data, long maxBytes) {
    AtRestEncryption encryption =
        environment
            .atRestEncryption()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "document intake needs the worker's key ring for documents at rest"
                            + " (ModuleEnvironment.atRestEncryption() is empty)"));
    try {
      return IntakeStorage.open(data, encryption, maxBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the document store", e);
    }
  }
}
