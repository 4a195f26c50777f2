package io.followthrough.activities.drafting.probe;

import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.ChannelOptions;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.DraftingOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;

public class DraftAndSendWorkflowImpl implements DraftAndSendWorkflow {
  private final DraftingActivities drafting =
      Workflow.newActivityStub(DraftingActivities.class, DraftingOptions.defaults());
  private final ChannelActivities channels =
      Workflow.newActivityStub(ChannelActivities.class, ChannelOptions.defaults());

  @Override
  public String run(DraftRequest request, String recipientRef) {
    Draft draft;
    try {
      draft = drafting.draft(request);
    } catch (ActivityFailure e) {
      ApplicationFailure cause = (ApplicationFailure) e.getCause();
      return "failed:" + cause.getType();
    }
    String key = Workflow.getInfo().getWorkflowId() + ":" + request.purpose();
    return channels
        .send(
            new OutboundMessage(
                request.channel(),
                recipientRef,
                draft.templateId(),
                draft.variables(),
                draft.language(),
                key,
                draft.body()))
        .messageId();
  }
}
