package io.followthrough.workers.sandbox;

import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.channels.Channel;
import io.followthrough.channels.DeliveryStatus;
import io.followthrough.channels.InboundMessage;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /webhooks/channels/inbound} (a reply) and {@code /receipt} (a delivery receipt),
 * provider-neutral JSON into the channel simulator, which publishes it to the {@link
 * SandboxEventRelay} (the {@code inbound} signal of the workflow whose message it answers). The
 * answer is 202 with the classification the workflow receives (without the text), also when no
 * running workflow takes it: a carrier's webhook must not retry what we chose to drop. Sandbox only
 * ({@link SandboxEnabled}).
 */
@Controller("/webhooks/channels")
@Requires(condition = SandboxEnabled.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class ChannelWebhookController {

  private final PracticeSandbox sandbox;

  public ChannelWebhookController(PracticeSandbox sandbox) {
    this.sandbox = sandbox;
  }

  @Post(value = "/inbound", consumes = MediaType.APPLICATION_JSON)
  public HttpResponse<?> inbound(@Nullable @Body ChannelWebhooks.Inbound body) {
    if (body == null
        || SandboxController.blank(body.channel())
        || SandboxController.blank(body.fromRef())
        || body.text() == null) {
      return SandboxErrors.badRequest("send JSON with channel, from_ref and text");
    }
    Channel channel;
    try {
      channel = Channel.valueOf(SandboxController.upper(body.channel()));
    } catch (IllegalArgumentException e) {
      return SandboxErrors.badRequest("channel is one of " + Arrays.toString(Channel.values()));
    }
    if (sandbox.practice().contacts().address(body.fromRef(), channel).isEmpty()) {
      return SandboxErrors.notFound(
          "UnknownRecipient", "no " + channel + " address on file for " + body.fromRef());
    }
    return HttpResponse.accepted()
        .body(
            view(
                sandbox
                    .channels()
                    .receive(channel, body.fromRef(), body.text(), body.startsConversation())));
  }

  @Post(value = "/receipt", consumes = MediaType.APPLICATION_JSON)
  public HttpResponse<?> receipt(@Nullable @Body ChannelWebhooks.Receipt body) {
    if (body == null
        || SandboxController.blank(body.messageId())
        || SandboxController.blank(body.status())) {
      return SandboxErrors.badRequest("send JSON with message_id and status");
    }
    DeliveryStatus status;
    try {
      status = DeliveryStatus.valueOf(SandboxController.upper(body.status()));
    } catch (IllegalArgumentException e) {
      return SandboxErrors.badRequest(
          "status is one of " + Arrays.toString(DeliveryStatus.values()));
    }
    try {
      return HttpResponse.accepted()
          .body(view(sandbox.channels().deliver(body.messageId(), status)));
    } catch (IllegalArgumentException e) {
      return SandboxErrors.notFound("MessageNotFound", "no sent message " + body.messageId());
    }
  }

  private static Map<String, Object> view(InboundMessage m) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("channel", m.channel());
    view.put("fromRef", m.fromRef());
    view.put("kind", m.kind());
    view.put("inReplyTo", m.inReplyTo());
    view.put("deliveryStatus", m.deliveryStatus());
    view.put("receivedAt", m.receivedAt().toString());
    return view;
  }
}
