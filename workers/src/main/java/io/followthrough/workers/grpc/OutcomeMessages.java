package io.followthrough.workers.grpc;

import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
import io.followthrough.api.v1.DocumentRef;
import io.followthrough.api.v1.Outcome;
import io.followthrough.api.v1.StartOutcomeResponse;
import io.followthrough.api.v1.TimelineItem;
import io.followthrough.workers.ops.OutcomeDetail;
import io.followthrough.workers.ops.OutcomeSummary;
import io.followthrough.workers.ops.StartedOutcome;
import java.util.Map;

/** Service-layer outcome records as {@code followthrough.v1} messages. */
final class OutcomeMessages {

  private final ProtoValues values;

  OutcomeMessages(ProtoValues values) {
    this.values = values;
  }

  StartOutcomeResponse started(StartedOutcome s) {
    return StartOutcomeResponse.newBuilder()
        .setWorkflowId(s.workflowId())
        .setRunId(ProtoValues.text(s.runId()))
        .setWorkflowType(s.workflowType())
        .setTaskQueue(s.taskQueue())
        .build();
  }

  Outcome outcome(OutcomeDetail d) {
    Outcome.Builder o =
        Outcome.newBuilder()
            .setWorkflowId(d.workflowId())
            .setRunId(ProtoValues.text(d.runId()))
            .setWorkflowType(ProtoValues.text(d.workflowType()))
            .setOutcomeType(ProtoValues.text(d.outcomeType()))
            .setStatus(ProtoValues.text(d.status()));
    setTime(d.startTime(), o::setStartTime);
    setTime(d.closeTime(), o::setCloseTime);
    Value state = values.value(d.state());
    if (state != null) {
      o.setState(state);
    }
    for (io.followthrough.workers.ops.TimelineItem t : d.timeline()) {
      TimelineItem.Builder item =
          TimelineItem.newBuilder()
              .setKind(ProtoValues.text(t.kind()))
              .setStage(ProtoValues.text(t.stage()))
              .setAttempt(t.attempt())
              .setLevel(t.level())
              .setCode(ProtoValues.text(t.code()));
      setTime(t.at(), item::setAt);
      o.addTimeline(item);
    }
    for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> view : d.view().entrySet()) {
      Value answer = values.value(view.getValue());
      if (answer != null) {
        o.putViews(view.getKey(), answer);
      }
    }
    for (io.followthrough.workers.ops.DocumentRef ref : d.documents()) {
      o.addDocuments(document(ref));
    }
    return o.build();
  }

  static DocumentRef document(io.followthrough.workers.ops.DocumentRef ref) {
    DocumentRef.Builder d =
        DocumentRef.newBuilder()
            .setDocumentId(ProtoValues.text(ref.documentId()))
            .setMediaType(ProtoValues.text(ref.mediaType()))
            .setPages(ref.pages())
            .setDocumentType(ProtoValues.text(ref.documentType()))
            .setWorkflowId(ProtoValues.text(ref.workflowId()));
    setTime(ref.receivedAt(), d::setReceivedAt);
    return d.build();
  }

  static io.followthrough.api.v1.OutcomeSummary summary(OutcomeSummary s) {
    io.followthrough.api.v1.OutcomeSummary.Builder o =
        io.followthrough.api.v1.OutcomeSummary.newBuilder()
            .setWorkflowId(s.workflowId())
            .setWorkflowType(ProtoValues.text(s.type()))
            .setStatus(ProtoValues.text(s.status()))
            .setStage(ProtoValues.text(s.stage()))
            .setOutcomeType(ProtoValues.text(s.outcomeType()))
            .setOwner(ProtoValues.text(s.owner()));
    if (s.needsHuman() != null) {
      o.setNeedsHuman(s.needsHuman());
    }
    setTime(s.startTime(), o::setStartTime);
    setTime(s.closeTime(), o::setCloseTime);
    return o.build();
  }

  static void setTime(String iso, java.util.function.Consumer<Timestamp> setter) {
    Timestamp t = ProtoValues.time(iso);
    if (t != null) {
      setter.accept(t);
    }
  }
}
