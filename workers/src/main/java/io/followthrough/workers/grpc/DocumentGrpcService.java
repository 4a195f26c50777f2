package io.followthrough.workers.grpc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Value;
import io.followthrough.api.v1.DocumentServiceGrpc;
import io.followthrough.api.v1.DocumentStatus;
import io.followthrough.api.v1.GetDocumentRequest;
import io.followthrough.api.v1.IngestDocumentRequest;
import io.followthrough.api.v1.IngestDocumentResponse;
import io.followthrough.workers.intake.IngestReceipt;
import io.followthrough.workers.ops.DocumentDetail;
import io.followthrough.workers.ops.DocumentOperations;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/** {@code followthrough.v1.DocumentService} over {@link DocumentOperations} (intake). */
@Singleton
public final class DocumentGrpcService extends DocumentServiceGrpc.DocumentServiceImplBase {

  /** Source used when the request names none. */
  static final String DEFAULT_SOURCE = "grpc";

  // The source is logged with the document id: a short code, never a file name.
  private static final Pattern SOURCE = Pattern.compile("[a-z][a-z0-9_.:-]{0,31}");

  private final BeanProvider<DocumentOperations> documents;
  private final ProtoValues values;

  public DocumentGrpcService(BeanProvider<DocumentOperations> documents, ObjectMapper json) {
    this.documents = documents;
    this.values = new ProtoValues(json);
  }

  @Override
  public void ingestDocument(
      IngestDocumentRequest request, StreamObserver<IngestDocumentResponse> response) {
    Unary.answer(
        response,
        () -> {
          String source = request.getSource().isEmpty() ? DEFAULT_SOURCE : request.getSource();
          if (!SOURCE.matcher(source).matches()) {
            throw Status.INVALID_ARGUMENT
                .withDescription("source must be a short lower-case code such as cli")
                .asRuntimeException();
          }
          IngestReceipt receipt =
              Services.of(documents)
                  .ingest(CallerIdentity.current(), request.getContent().toByteArray(), source);
          return IngestDocumentResponse.newBuilder()
              .setDocumentId(receipt.documentId())
              .setWorkflowId(receipt.workflowId())
              .setDuplicate(receipt.duplicate())
              .setMediaType(ProtoValues.text(receipt.mediaType()))
              .setPages(receipt.pages())
              .setRejection(ProtoValues.text(receipt.rejection()))
              .build();
        });
  }

  @Override
  public void getDocument(GetDocumentRequest request, StreamObserver<DocumentStatus> response) {
    Unary.answer(
        response,
        () -> {
          DocumentDetail detail =
              Services.of(documents).get(CallerIdentity.current(), request.getDocumentId(), false);
          DocumentStatus.Builder status =
              DocumentStatus.newBuilder()
                  .setDocumentId(detail.documentId())
                  .setWorkflowId(ProtoValues.text(detail.workflowId()))
                  .setType(ProtoValues.text(detail.type()));
          Value intake = values.value(detail.intake());
          if (intake != null) {
            status.setIntake(intake);
          }
          Value state = values.value(detail.state());
          if (state != null) {
            status.setState(state);
          }
          if (detail.typeConfidence() != null) {
            status.setTypeConfidence(detail.typeConfidence());
          }
          return status.build();
        });
  }
}
