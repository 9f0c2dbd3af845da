-- Accounts that a directory creates (single sign-on, people import) have no password until the person sets one.
ALTER TABLE account ALTER COLUMN password_hash DROP NOT NULL;

-- The schools a person worked in, and when: a move (by a directory or an administrator) closes one period and
-- opens the next. Accounts older than this table get their first period on their first move.
CREATE SEQUENCE school_period_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE school_period (
    id BIGINT NOT NULL PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES account (id),
    school_id BIGINT NOT NULL REFERENCES school (id),
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT school_period_order CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX school_period_account ON school_period (account_id, started_at);
CREATE INDEX account_email ON account (email);
