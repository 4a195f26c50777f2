package io.followthrough.activities.store.ledger;

import java.util.List;

/** Everything the projections hold for one outcome, derived from its ledger events alone. */
public record ProjectedOutcome(
    OutcomeState outcome, List<StageVisit> visits, List<TaskState> tasks) {}
