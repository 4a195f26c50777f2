package io.followthrough.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeSnapshotTest {

  private final DataConverter converter = DefaultDataConverter.newDefaultInstance();

  @Test
  void snapshotsHandedOverBeforeLedgerEventsStillLoad() {
    OutcomeState state =
        new OutcomeState("probe", "listening", 0, 0, "automation", false, null, List.of(), false);
    OutcomeSnapshot now = new OutcomeSnapshot(state, List.of(), 2, 7);
    Payload payload = converter.toPayload(now).orElseThrow();
    String json = payload.getData().toString(StandardCharsets.UTF_8);
    assertEquals(now, converter.fromPayload(payload, OutcomeSnapshot.class, OutcomeSnapshot.class));

    // What a run before ledger events handed over: no ledgerSequence member.
    String old = json.replace(",\"ledgerSequence\":7", "");
    assertEquals(false, old.contains("ledgerSequence"), old);
    Payload oldPayload =
        payload.toBuilder()
            .setData(com.google.protobuf.ByteString.copyFrom(old, StandardCharsets.UTF_8))
            .build();
    OutcomeSnapshot restored =
        converter.fromPayload(oldPayload, OutcomeSnapshot.class, OutcomeSnapshot.class);
    assertEquals(new OutcomeSnapshot(state, List.of(), 2), restored);
    assertEquals(0, restored.ledgerSequence());
  }

  @Test
  void snapshotsHandedOverBeforeSitesStillLoad() {
    OutcomeState state =
        new OutcomeState("probe", "listening", 0, 0, "automation", false, null, List.of(), false);
    OutcomeSnapshot now = new OutcomeSnapshot(state, List.of(), 2, 7, "clinic-north");
    Payload payload = converter.toPayload(now).orElseThrow();
    assertEquals(now, converter.fromPayload(payload, OutcomeSnapshot.class, OutcomeSnapshot.class));

    String old =
        payload
            .getData()
            .toString(StandardCharsets.UTF_8)
            .replace(",\"site\":\"clinic-north\"", "");
    assertEquals(false, old.contains("site"), old);
    Payload oldPayload =
        payload.toBuilder()
            .setData(com.google.protobuf.ByteString.copyFrom(old, StandardCharsets.UTF_8))
            .build();
    assertEquals(
        new OutcomeSnapshot(state, List.of(), 2, 7),
        converter.fromPayload(oldPayload, OutcomeSnapshot.class, OutcomeSnapshot.class));
  }
}
