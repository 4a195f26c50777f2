package io.followthrough.workers.grpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import com.google.protobuf.util.Timestamps;
import io.grpc.Status;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** JSON and time conversions between the service layer's records and protobuf messages. */
final class ProtoValues {

  private final ObjectMapper json;

  ProtoValues(ObjectMapper json) {
    this.json = json;
  }

  /** Any record or JSON tree as a {@link Value}; null for null. */
  Value value(Object object) {
    if (object == null) {
      return null;
    }
    try {
      String text =
          object instanceof JsonNode node
              ? json.writeValueAsString(node)
              : json.writeValueAsString(object);
      Value.Builder value = Value.newBuilder();
      JsonFormat.parser().merge(text, value);
      return value.build();
    } catch (JsonProcessingException | InvalidProtocolBufferException e) {
      throw new IllegalStateException("cannot convert an answer to a protobuf Value", e);
    }
  }

  /** A request's {@link Value} as JSON; null when unset. */
  JsonNode json(Value value, boolean present) {
    if (!present) {
      return null;
    }
    try {
      return json.readTree(JsonFormat.printer().print(value));
    } catch (InvalidProtocolBufferException | JsonProcessingException e) {
      throw Status.INVALID_ARGUMENT
          .withDescription("the JSON value cannot be read")
          .asRuntimeException();
    }
  }

  /** An ISO-8601 instant as a timestamp; null for null or blank. */
  static Timestamp time(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      Instant instant = Instant.parse(iso);
      return Timestamp.newBuilder()
          .setSeconds(instant.getEpochSecond())
          .setNanos(instant.getNano())
          .build();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A timestamp as an ISO-8601 instant. */
  static String iso(Timestamp timestamp) {
    return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos()).toString();
  }

  /** Empty for null: protobuf strings are never null. */
  static String text(String value) {
    return value == null ? "" : value;
  }

  /** Null for empty: unset protobuf strings mean "none" to the service layer. */
  static String orNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** Whether a timestamp is a valid one. */
  static boolean valid(Timestamp timestamp) {
    return Timestamps.isValid(timestamp);
  }
}
