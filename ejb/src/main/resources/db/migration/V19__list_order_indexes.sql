-- Every list's first page read from an index in its default order, whatever the number of rows:
-- the school list (name, then UAI) and the audit trail (newest first, whole or one user's).
-- The same on H2 and PostgreSQL; PostgreSQL's trigram indexes for the word searches are in
-- db/migration-postgresql.
CREATE INDEX school_name_uai_ix ON school (name, uai);
DROP INDEX school_name_ix;
CREATE INDEX audit_event_time_id_ix ON audit_event (occurred_at, id);
DROP INDEX audit_event_time_ix;
CREATE INDEX audit_event_user_time_ix ON audit_event (username, occurred_at, id);
DROP INDEX audit_event_user_ix;
