-- Personal data retention: an account deactivated for longer than tandem.privacy.retentionYears is anonymised
-- by a daily timer (its identity replaced by the pseudonym anonyme-<id>); the instant it happened is kept, and
-- such an account can never be reactivated. The timer looks accounts up by the day they were deactivated.
ALTER TABLE account ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX account_deactivated_ix ON account (deactivated_at);
CREATE INDEX outbox_message_recipient_ix ON outbox_message (recipient);
