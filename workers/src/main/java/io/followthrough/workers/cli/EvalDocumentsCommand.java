package io.followthrough.workers.cli;

import io.followthrough.activities.ai.DocumentUnderstanding;
import io.followthrough.activities.ai.LocalDocumentUnderstanding;
import io.followthrough.activities.ai.UnderstandingPolicy;
import io.followthrough.activities.ai.llm.LlmDocumentUnderstanding;
import io.followthrough.activities.ai.llm.LlmSettings;
import io.followthrough.activities.documents.DocumentReader;
import io.followthrough.activities.documents.OcrDocumentReader;
import io.followthrough.activities.documents.eval.DocumentEvaluator;
import io.followthrough.activities.documents.eval.EvaluationReport;
import io.followthrough.activities.documents.eval.ReportFormat;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code followthrough eval documents <folder> --labels labels.jsonl [--output json]}. */
@Command(
    name = "documents",
    mixinStandardHelpOptions = true,
    description = "Measure document classification and field extraction on a labelled folder.")
public final class EvalDocumentsCommand implements Callable<Integer> {
  /** Output formats. */
  public enum Output {
    text,
    json
  }

  /** Understanding providers. */
  public enum Provider {
    local,
    openai,
    anthropic
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<folder>", description = "Folder with the documents.")
  Path folder;

  @Option(
      names = "--labels",
      required = true,
      description = "labels.jsonl: one {file, type, fields} per line.")
  Path labels;

  @Option(
      names = {"-o", "--output"},
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Output output;

  @Option(
      names = "--provider",
      defaultValue = "local",
      description = "local, openai or anthropic (default: ${DEFAULT-VALUE}).")
  Provider provider;

  @Option(names = "--llm-base-url", description = "Base URL of the hosted model API.")
  String llmBaseUrl;

  @Option(names = "--llm-model", description = "Hosted model name.")
  String llmModel;

  @Option(
      names = "--auto-accept",
      defaultValue = "0.90",
      description = "Field auto-accept threshold (default: ${DEFAULT-VALUE}).")
  double autoAccept;

  @Option(names = "--today", description = "Date to judge dates against (ISO, default: today).")
  LocalDate today;

  private final Supplier<DocumentReader> readers;

  public EvalDocumentsCommand() {
    this(OcrDocumentReader::new);
  }

  /** For tests and embedding: the reader of non-text documents. */
  public EvalDocumentsCommand(Supplier<DocumentReader> readers) {
    this.readers = readers;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(folder)) {
      err.println("error: " + folder + " is not a folder");
      return 2;
    }
    if (!Files.isRegularFile(labels)) {
      err.println("error: labels file " + labels + " not found");
      return 2;
    }
    LocalDate day = today != null ? today : LocalDate.now(ZoneOffset.UTC);
    Clock clock = Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    UnderstandingPolicy policy =
        new UnderstandingPolicy(autoAccept, UnderstandingPolicy.defaults().autoAcceptType());
    DocumentUnderstanding understanding;
    try {
      understanding = understanding(clock, policy);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    DocumentReader reader = readers.get();
    EvaluationReport report;
    try {
      report =
          new DocumentEvaluator(reader, understanding, policy, day)
              .evaluate(
                  folder,
                  labels,
                  (done, total) -> {
                    err.print("\revaluated " + done + "/" + total);
                    if (done == total) {
                      err.println();
                    }
                    err.flush();
                  });
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } finally {
      if (reader instanceof AutoCloseable c) {
        c.close();
      }
    }
    out.print(output == Output.json ? ReportFormat.json(report) + "\n" : ReportFormat.text(report));
    out.flush();
    return 0;
  }

  private DocumentUnderstanding understanding(Clock clock, UnderstandingPolicy policy) {
    if (provider == Provider.local) {
      return LocalDocumentUnderstanding.offline(clock, policy);
    }
    String key = System.getenv("FOLLOWTHROUGH_LLM_API_KEY");
    if (key == null || key.isBlank() || llmModel == null) {
      throw new IllegalArgumentException(
          "--provider "
              + provider
              + " needs --llm-model and FOLLOWTHROUGH_LLM_API_KEY in the environment");
    }
    LlmSettings.Provider p =
        provider == Provider.openai ? LlmSettings.Provider.OPENAI : LlmSettings.Provider.ANTHROPIC;
    return new LlmDocumentUnderstanding(
        io.followthrough.activities.ai.llm.ChatModels.create(
            new LlmSettings(p, llmBaseUrl, llmModel, key, Duration.ofSeconds(60))),
        policy,
        clock);
  }
}
