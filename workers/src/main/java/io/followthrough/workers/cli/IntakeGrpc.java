package io.followthrough.workers.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import io.followthrough.api.v1.DocumentStatus;
import io.followthrough.api.v1.GetDocumentRequest;
import io.followthrough.api.v1.IngestDocumentRequest;
import io.followthrough.api.v1.IngestDocumentResponse;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The CLI's side of the gRPC DocumentService: uploads and intake progress as JSON. */
final class IntakeGrpc implements AutoCloseable {

  /**
   * A server answer: {@code ok} with the receipt or status as JSON, or the refusal as {@code
   * {"error": code, "message": one line}}.
   */
  record Answer(boolean ok, ObjectNode body) {}

  /** Source code the server logs for CLI uploads. */
  static final String SOURCE = "cli";

  private final ApiClient client;

  private IntakeGrpc(ApiClient client) {
    this.client = client;
  }

  static IntakeGrpc connect(ApiOptions options, Map<String, String> env)
      throws IOException, InterruptedException {
    return new IntakeGrpc(ApiClient.connect(options, env));
  }

  /** Sends the file's bytes; the server reads the type from the content. */
  Answer upload(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    try {
      IngestDocumentResponse receipt =
          client.call(
              () ->
                  client
                      .documents()
                      .ingestDocument(
                          IngestDocumentRequest.newBuilder()
                              .setContent(ByteString.copyFrom(bytes))
                              .setSource(SOURCE)
                              .build()));
      ObjectNode body =
          Json.MAPPER
              .createObjectNode()
              .put("documentId", receipt.getDocumentId())
              .put("workflowId", receipt.getWorkflowId())
              .put("duplicate", receipt.getDuplicate());
      if (!receipt.getMediaType().isEmpty()) {
        body.put("mediaType", receipt.getMediaType());
      }
      body.put("pages", receipt.getPages());
      if (!receipt.getRejection().isEmpty()) {
        body.put("rejection", receipt.getRejection());
      }
      return new Answer(true, body);
    } catch (StatusRuntimeException refused) {
      return refusal(refused);
    }
  }

  /** Where the intake of {@code documentId} stands (field names only, no values). */
  Answer status(String documentId) {
    try {
      DocumentStatus status =
          client.call(
              () ->
                  client
                      .documents()
                      .getDocument(
                          GetDocumentRequest.newBuilder().setDocumentId(documentId).build()));
      ObjectNode body =
          Json.MAPPER
              .createObjectNode()
              .put("documentId", status.getDocumentId())
              .put("workflowId", status.getWorkflowId());
      body.set(
          "intake", status.hasIntake() ? Json.tree(status.getIntake()) : Json.MAPPER.nullNode());
      body.set("state", status.hasState() ? Json.tree(status.getState()) : Json.MAPPER.nullNode());
      return new Answer(true, body);
    } catch (StatusRuntimeException refused) {
      return refusal(refused);
    }
  }

  private static Answer refusal(StatusRuntimeException e) {
    return new Answer(
        false,
        Json.MAPPER
            .createObjectNode()
            .put("error", ApiClient.reason(e))
            .put("message", ApiClient.message(e)));
  }

  @Override
  public void close() {
    client.close();
  }
}
