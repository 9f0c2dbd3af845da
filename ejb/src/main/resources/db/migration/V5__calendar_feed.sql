-- A personal calendar feed: the secret in the feed's address, one per account.
ALTER TABLE account ADD COLUMN calendar_token VARCHAR(64);
CREATE UNIQUE INDEX account_calendar_token_uk ON account (calendar_token);
