-- Mail outbox: written in the transaction of the change, sent by a timer, each key once.
CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox_message (
    id               BIGINT        NOT NULL PRIMARY KEY,
    message_key      VARCHAR(200)  NOT NULL,
    recipient        VARCHAR(200)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             VARCHAR(8000) NOT NULL,
    calendar         VARCHAR(8000),
    calendar_method  VARCHAR(10),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    last_error       VARCHAR(500),
    sent_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbox_message_key_uk UNIQUE (message_key)
);
CREATE INDEX outbox_message_due_ix ON outbox_message (sent_at, next_attempt_at);
