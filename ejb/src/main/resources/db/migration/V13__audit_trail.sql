-- The audit trail: one row per insert, update or delete of an audited entity, written by the
-- EclipseLink audit listener in the transaction of the change. APPEND-ONLY: the application has
-- no code path that updates or deletes these rows (the entity is mapped read-only).
-- changes: JSON object, attribute -> {"old":..,"new":..}; passwords, hashes and secrets are masked.
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_event (
    id           BIGINT         NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    username     VARCHAR(60)    NOT NULL,
    action       VARCHAR(10)    NOT NULL,
    entity_type  VARCHAR(100)   NOT NULL,
    entity_id    VARCHAR(100)   NOT NULL,
    changes      VARCHAR(16000) NOT NULL
);
CREATE INDEX audit_event_entity_ix ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_time_ix ON audit_event (occurred_at);
CREATE INDEX audit_event_user_ix ON audit_event (username);
