-- Refuse UPDATE and DELETE on the audit log (H2 has no TRUNCATE trigger). The hash chain
-- (AuditLog.verify) is what detects tampering; this guard stops mistakes.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log
  FOR EACH ROW CALL 'io.followthrough.activities.store.audit.H2AppendOnlyTrigger';
