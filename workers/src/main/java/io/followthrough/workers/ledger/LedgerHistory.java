package io.followthrough.workers.ledger;

import io.followthrough.ledger.LedgerActivities;
import io.followthrough.ledger.LedgerEvent;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.DataConverter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads back the ledger events a workflow run reported: the inputs of its {@code LedgerRecord} and
 * {@code LedgerRecordAll} activities, as scheduled in its history (whether or not the store got
 * them), decoded with the worker's {@link DataConverter} (and so its payload codec).
 */
public final class LedgerHistory {

  private static final Type EVENT_LIST = recordAllParameterType();

  private LedgerHistory() {}

  /** The events of {@code history} in the order the run scheduled them. */
  public static List<LedgerEvent> events(
      WorkflowExecutionHistory history, DataConverter converter) {
    List<LedgerEvent> events = new ArrayList<>();
    for (HistoryEvent event : history.getEvents()) {
      if (event.getEventType() != EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
        continue;
      }
      ActivityTaskScheduledEventAttributes scheduled =
          event.getActivityTaskScheduledEventAttributes();
      String type = scheduled.getActivityType().getName();
      Optional<Payloads> input =
          scheduled.hasInput() ? Optional.of(scheduled.getInput()) : Optional.empty();
      if (LedgerActivities.RECORD_TYPE.equals(type)) {
        events.add(converter.fromPayloads(0, input, LedgerEvent.class, LedgerEvent.class));
      } else if (LedgerActivities.RECORD_ALL_TYPE.equals(type)) {
        @SuppressWarnings("unchecked")
        List<LedgerEvent> batch = converter.fromPayloads(0, input, List.class, EVENT_LIST);
        events.addAll(batch);
      }
    }
    return events;
  }

  private static Type recordAllParameterType() {
    try {
      return LedgerActivities.class.getMethod("recordAll", List.class)
          .getGenericParameterTypes()[0];
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          "LedgerActivities.recordAll(List) is part of the contract", e);
    }
  }
}
