-- The console's analytics (OpsAnalytics) read stage_visit alone: each stay carries the outcome
-- columns the console filters and splits on (owner, site, start time, status), rewritten with the stay
-- whenever the outcome is re-projected. Chosen with AnalyticsLoadBenchTest (50,000 outcomes of
-- history while 10,000 ledger events a minute are projected): no join with outcome, covering
-- indexes for the unfiltered questions, range indexes for the filtered ones.
ALTER TABLE stage_visit ADD COLUMN owner VARCHAR(64);
ALTER TABLE stage_visit ADD COLUMN site VARCHAR(64);
ALTER TABLE stage_visit ADD COLUMN started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE stage_visit ADD COLUMN status VARCHAR(16);
UPDATE stage_visit SET
  owner = (SELECT o.owner FROM outcome o WHERE o.workflow_id = stage_visit.workflow_id),
  site = (SELECT o.site FROM outcome o WHERE o.workflow_id = stage_visit.workflow_id),
  started_at = (SELECT o.started_at FROM outcome o WHERE o.workflow_id = stage_visit.workflow_id),
  status = (SELECT o.status FROM outcome o WHERE o.workflow_id = stage_visit.workflow_id);
ALTER TABLE stage_visit ALTER COLUMN started_at SET NOT NULL;
ALTER TABLE stage_visit ALTER COLUMN status SET NOT NULL;

-- funnel: outcomes per type and stage (COUNT DISTINCT workflow_id, AVG visit_no), index only.
CREATE INDEX stage_visit_funnel ON stage_visit (outcome_type, stage, workflow_id, visit_no);
-- time to next step: durations per type and stage, already in percentile order.
CREATE INDEX stage_visit_durations ON stage_visit (outcome_type, stage, duration_ms);
-- date filters (a covering index over every column the stage questions read measured no better
-- under load, and costs every projection write).
CREATE INDEX stage_visit_by_start ON stage_visit (started_at, outcome_type);
-- owner and site filters (an owner's or a site's outcomes are few: rows are read from the table).
CREATE INDEX stage_visit_by_owner ON stage_visit (owner);
CREATE INDEX stage_visit_by_site ON stage_visit (site, outcome_type);
-- stage_visit_funnel leads with the same columns.
DROP INDEX stage_visit_by_stage;

-- escalations by reason and rung: index only, per outcome type or joined with filtered outcomes.
CREATE INDEX ledger_event_escalations
  ON ledger_event (event_type, outcome_type, workflow_id, reason_code, rung);
