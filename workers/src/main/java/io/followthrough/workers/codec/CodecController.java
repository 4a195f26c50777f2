package io.followthrough.workers.codec;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.payload.codec.PayloadCodecException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The Temporal Codec Server protocol: {@code POST /codec/encode} and {@code POST /codec/decode}
 * (also {@code /encode}, {@code /decode}, and {@code /codec/<namespace>/...} for the CLI's {@code
 * --codec-endpoint .../codec/{namespace}} template) take and return {@code {"payloads":[...]}} in
 * proto3 JSON, so the Temporal Web UI and {@code temporal --codec-endpoint} can show encrypted
 * payloads. The namespace ({@code X-Namespace} header or path) is accepted; one key ring serves
 * them all. CORS and the optional bearer token are handled by {@link CodecServerFilter}.
 */
@Requires(property = "followthrough.codec.server-enabled", notEquals = "false")
@Controller
public class CodecController {
  private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();
  private static final JsonFormat.Printer PRINTER = JsonFormat.printer();

  private final AesGcmPayloadCodec codec;

  public CodecController(KeyRing keyRing) {
    this.codec = new AesGcmPayloadCodec(keyRing);
  }

  @Post(
      uris = {"/codec/encode", "/encode", "/codec/{namespace}/encode"},
      consumes = {MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN},
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> encode(
      @Body String body,
      @Nullable @Header("X-Namespace") String ns,
      @Nullable @PathVariable String namespace) {
    return apply(body, codec::encode);
  }

  @Post(
      uris = {"/codec/decode", "/decode", "/codec/{namespace}/decode"},
      consumes = {MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN},
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> decode(
      @Body String body,
      @Nullable @Header("X-Namespace") String ns,
      @Nullable @PathVariable String namespace) {
    return apply(body, codec::decode);
  }

  private static HttpResponse<String> apply(String body, UnaryOperator<List<Payload>> operation) {
    Payloads.Builder request = Payloads.newBuilder();
    try {
      PARSER.merge(body, request);
    } catch (InvalidProtocolBufferException e) {
      return error("Body is not {\"payloads\":[...]} in proto3 JSON");
    }
    try {
      Payloads result =
          Payloads.newBuilder().addAllPayloads(operation.apply(request.getPayloadsList())).build();
      return HttpResponse.ok(PRINTER.print(result));
    } catch (PayloadCodecException e) {
      return error(e.getMessage());
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("payloads always print as JSON", e);
    }
  }

  private static HttpResponse<String> error(String message) {
    return HttpResponse.<String>badRequest()
        .contentType(MediaType.APPLICATION_JSON_TYPE)
        .body("{\"message\":" + quote(message) + "}");
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
