package io.followthrough.workers.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.followthrough.workers.temporal.TemporalConnection;
import io.followthrough.workers.temporal.TemporalSettings;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testserver.TestServer;
import io.temporal.worker.WorkerFactory;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The encrypting converter wired into a real client and worker: the server stores ciphertext. */
class EncryptedWorkflowTest {
  private static final String SECRET = "Ada Lovelace, DOB 1815-12-10";

  @Test
  void serverHistoryHoldsOnlyCiphertextWhileClientSeesPlaintext() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    KeyRing keys = KeyRing.parse(KeyRing.newKeyLine("k1"), "test");
    TestServer.PortBoundTestServer server = TestServer.createPortBoundServer(port, false);
    try (TemporalConnection connection =
        TemporalConnection.open(
            TemporalSettings.plaintext("127.0.0.1:" + port, "default"),
            PayloadEncryption.dataConverter(keys))) {
      WorkerFactory factory = WorkerFactory.newInstance(connection.client());
      factory.newWorker("echo").registerWorkflowImplementationTypes(EchoWorkflowImpl.class);
      factory.start();
      try {
        EchoWorkflow workflow =
            connection
                .client()
                .newWorkflowStub(
                    EchoWorkflow.class,
                    WorkflowOptions.newBuilder().setTaskQueue("echo").setWorkflowId("e-1").build());
        WorkflowExecution execution = WorkflowClient.start(workflow::echo, SECRET);
        String result = connection.client().newUntypedWorkflowStub("e-1").getResult(String.class);
        assertEquals("echo: " + SECRET, result);

        List<HistoryEvent> history =
            connection
                .serviceStubs()
                .blockingStub()
                .getWorkflowExecutionHistory(
                    GetWorkflowExecutionHistoryRequest.newBuilder()
                        .setNamespace("default")
                        .setExecution(execution)
                        .build())
                .getHistory()
                .getEventsList();
        Payload input =
            history.get(0).getWorkflowExecutionStartedEventAttributes().getInput().getPayloads(0);
        Payload output =
            history
                .get(history.size() - 1)
                .getWorkflowExecutionCompletedEventAttributes()
                .getResult()
                .getPayloads(0);
        for (Payload stored : List.of(input, output)) {
          assertEquals("binary/encrypted", stored.getMetadataOrThrow("encoding").toStringUtf8());
          assertEquals("k1", stored.getMetadataOrThrow("encryption-key-id").toStringUtf8());
          assertFalse(stored.toByteString().toStringUtf8().contains("Lovelace"));
        }
        assertEquals(
            "\"" + SECRET + "\"",
            new AesGcmPayloadCodec(keys).decode(List.of(input)).get(0).getData().toStringUtf8());
      } finally {
        factory.shutdownNow();
        factory.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      server.close();
    }
  }
}
