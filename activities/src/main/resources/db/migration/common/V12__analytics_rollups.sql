-- Rollups for the console's analytics, kept by the projection in the same transaction as each
-- ledger event (AnalyticsRollups: an outcome's stays before and after its re-projection are
-- diffed, only the difference is written). Chosen with AnalyticsLoadBenchTest (50,000 outcomes of
-- history while 10,000 ledger events a minute are projected). Exact: the queries give the same
-- answers as over stage_visit.

-- Funnel counts per UTC day of outcome start x type x stage x owner x site: outcomes that reached
-- the stage (an outcome falls in one row per stage), its stays and the sum of their visit numbers
-- (the funnel orders stages by average visit number). No owner / no site is stored as '' (codes
-- are never empty). The funnel reads whole days here and the partial days at the edges of a date
-- filter from stage_visit.
CREATE TABLE funnel_day (
  started_day DATE NOT NULL,
  outcome_type VARCHAR(64) NOT NULL,
  stage VARCHAR(64) NOT NULL,
  owner VARCHAR(64) NOT NULL,
  site VARCHAR(64) NOT NULL,
  outcomes BIGINT NOT NULL,
  visits BIGINT NOT NULL,
  visit_no_sum BIGINT NOT NULL,
  PRIMARY KEY (started_day, outcome_type, stage, owner, site)
);
CREATE INDEX funnel_day_by_type ON funnel_day (outcome_type, started_day);

-- Finished stays only, with the filter columns time to next step reads: a narrow table that
-- changes only when a stay finishes (stage_visit rows are rewritten at every event), so its
-- covering indexes stay index-only under load. Percentiles are still computed over every row.
CREATE TABLE stage_duration (
  workflow_id VARCHAR(200) NOT NULL,
  visit_no INTEGER NOT NULL,
  outcome_type VARCHAR(64) NOT NULL,
  stage VARCHAR(64) NOT NULL,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  owner VARCHAR(64),
  site VARCHAR(64),
  duration_ms BIGINT NOT NULL,
  PRIMARY KEY (workflow_id, visit_no)
);
CREATE INDEX stage_duration_by_type ON stage_duration (outcome_type, stage, duration_ms);
CREATE INDEX stage_duration_by_start
  ON stage_duration (started_at, outcome_type, stage, duration_ms);
CREATE INDEX stage_duration_by_owner ON stage_duration (owner);
CREATE INDEX stage_duration_by_site ON stage_duration (site, outcome_type);

INSERT INTO stage_duration (workflow_id, visit_no, outcome_type, stage, started_at, owner, site,
    duration_ms)
  SELECT workflow_id, visit_no, outcome_type, stage, started_at, owner, site, duration_ms
  FROM stage_visit WHERE duration_ms IS NOT NULL;

INSERT INTO funnel_day (started_day, outcome_type, stage, owner, site, outcomes, visits,
    visit_no_sum)
  SELECT CAST(started_at AT TIME ZONE 'UTC' AS DATE), outcome_type, stage, COALESCE(owner, ''),
    COALESCE(site, ''), COUNT(DISTINCT workflow_id), COUNT(*), SUM(visit_no)
  FROM stage_visit
  GROUP BY CAST(started_at AT TIME ZONE 'UTC' AS DATE), outcome_type, stage, COALESCE(owner, ''),
    COALESCE(site, '');

-- Time to next step reads stage_duration now.
DROP INDEX stage_visit_durations;
-- Fall-out (per outcome: first and last visit of two stages, and its status) index only.
CREATE INDEX stage_visit_stages ON stage_visit (outcome_type, stage, workflow_id, visit_no, status);
DROP INDEX stage_visit_funnel;
