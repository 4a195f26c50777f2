package io.followthrough.workers.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `followthrough ingest <file|folder>...`: sends documents to a running stack's intake through the
 * gRPC API's DocumentService.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Upload documents (PDF, TIFF, PNG, JPEG) to a running Followthrough and start their intake.")
public final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "<file|folder>", description = "Files or folders.")
  List<Path> paths;

  @Mixin ApiOptions api;

  @Option(
      names = "--wait",
      description = "Wait until each document is understood; print its facts.")
  boolean waitForFacts;

  @Option(
      names = "--timeout",
      defaultValue = "300",
      paramLabel = "SECONDS",
      description = "How long --wait waits per document (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(
      names = {"-o", "--output"},
      defaultValue = "text",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> listing = Files.list(path)) {
          listing
              .filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(files::add);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        err.println("error: no such file or folder: " + path);
        return ExitCodes.USAGE;
      }
    }
    try (IntakeGrpc intake = IntakeGrpc.connect(api, System.getenv())) {
      return ingest(files, intake, out, err);
    }
  }

  private int ingest(List<Path> files, IntakeGrpc api, PrintWriter out, PrintWriter err)
      throws IOException, InterruptedException {
    ArrayNode results = Json.MAPPER.createArrayNode();
    int failed = 0;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      if (files.size() > 1) {
        err.println("[" + (i + 1) + "/" + files.size() + "] " + file.getFileName());
        err.flush();
      }
      ObjectNode result = results.addObject().put("file", file.toString());
      IntakeGrpc.Answer answer = api.upload(file);
      if (!answer.ok()) {
        failed++;
        result.put("error", answer.body().path("error").asText());
        result.put("message", answer.body().path("message").asText(""));
        err.println("error: " + file + ": " + answer.body().path("message").asText());
        continue;
      }
      result.setAll((ObjectNode) answer.body());
      if (output == OutputFormat.text) {
        out.println(
            file
                + "  document "
                + answer.body().path("documentId").asText()
                + "  workflow "
                + answer.body().path("workflowId").asText()
                + (answer.body().path("duplicate").asBoolean() ? "  (duplicate)" : ""));
      }
      if (waitForFacts) {
        JsonNode facts = awaitUnderstood(api, answer.body().path("documentId").asText());
        if (facts == null) {
          failed++;
          result.put("error", "TIMEOUT");
          err.println("error: " + file + ": not understood within " + timeoutSeconds + " s");
        } else {
          result.set("intake", facts.path("intake"));
          result.set("state", facts.path("state"));
          if (output == OutputFormat.text) {
            printFacts(out, facts);
          }
        }
      }
      out.flush();
    }
    if (output == OutputFormat.json) {
      out.println(Json.pretty(results));
    }
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private JsonNode awaitUnderstood(IntakeGrpc api, String documentId) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      IntakeGrpc.Answer answer = api.status(documentId);
      if (answer.ok() && answer.body().path("intake").path("understood").asBoolean()) {
        return answer.body();
      }
      Thread.sleep(500);
    }
    return null;
  }

  /** Type, confidence and field names: never field values. */
  private static void printFacts(PrintWriter out, JsonNode facts) {
    JsonNode intake = facts.path("intake");
    JsonNode state = facts.path("state");
    if (!intake.path("rejection").isNull() && intake.has("rejection")) {
      out.println("  rejected: " + intake.path("rejection").asText() + "  -> review task");
    } else {
      out.println(
          "  type "
              + intake.path("type").asText()
              + "  confidence "
              + String.format(Locale.ROOT, "%.2f", intake.path("typeConfidence").asDouble()));
      out.println("  fields found: " + names(intake.path("fieldsFound")));
      out.println("  missing required: " + names(intake.path("missingRequired")));
      out.println("  to confirm: " + names(intake.path("needsReview")));
    }
    out.println(
        "  stage "
            + state.path("stage").asText()
            + (state.path("needsHuman").asBoolean() ? "  (waiting for a coordinator)" : ""));
  }

  private static String names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.forEach(n -> names.add(n.asText()));
    return names.isEmpty() ? "-" : String.join(", ", names);
  }
}
