-- Covering indexes for the console's analytics (OpsAnalytics), chosen with AnalyticsLoadBenchTest
-- (50,000 outcomes of history while 10,000 ledger events a minute are projected). Queries without an
-- owner or date filter read stage_visit and ledger_event alone, through these indexes.

-- funnel: outcomes per type and stage (COUNT DISTINCT workflow_id, AVG visit_no) by index-only scan.
CREATE INDEX stage_visit_funnel ON stage_visit (outcome_type, stage, workflow_id, visit_no);

-- time to next step: durations per type and stage, already in percentile order.
CREATE INDEX stage_visit_durations ON stage_visit (outcome_type, stage, duration_ms);

-- fall-out: did this outcome reach the later stage after its first visit of the earlier one?
CREATE INDEX stage_visit_reached ON stage_visit (stage, workflow_id, visit_no);

-- escalations by reason and rung, per outcome type.
CREATE INDEX ledger_event_escalations ON ledger_event (event_type, outcome_type, reason_code, rung);

-- stage_visit_funnel leads with the same columns.
DROP INDEX stage_visit_by_stage;
