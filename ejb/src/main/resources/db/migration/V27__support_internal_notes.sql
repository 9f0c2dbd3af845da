-- City staff's internal notes on a request: lines of the thread the school never sees nor gets by mail.
ALTER TABLE support_message ADD COLUMN internal BOOLEAN DEFAULT FALSE NOT NULL;
