-- The site (clinic, practice location) an outcome belongs to, as a code: reported on ledger
-- events since Outcome.site(…) exists, projected onto the outcome for analytics filters.
-- Rows recorded before stay NULL (no site said).
ALTER TABLE ledger_event ADD COLUMN site VARCHAR(64);
ALTER TABLE outcome ADD COLUMN site VARCHAR(64);
CREATE INDEX outcome_by_site ON outcome (site, outcome_type, started_at);
