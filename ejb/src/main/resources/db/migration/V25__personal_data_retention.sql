-- Personal data retention: an account deactivated for longer than tandem.privacy.retentionYears is anonymised
-- by a nightly timer (its identity replaced by the pseudonym anonyme-<id>); the instant it happened is kept, and
-- such an account can never be reactivated. The timer looks accounts up by the instant they were deactivated;
-- the mails to a person's address are found by recipient (the right of access lists them, anonymisation
-- deletes them).
ALTER TABLE account ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX account_deactivated_ix ON account (deactivated_at);
CREATE INDEX outbox_message_recipient_ix ON outbox_message (recipient);
