-- When each person of the school last read a request, so that they see which requests have a reply
-- from the city they have not read yet.
CREATE SEQUENCE support_reading_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE support_reading (
    id          BIGINT NOT NULL PRIMARY KEY,
    request_id  BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT support_reading_request_fk FOREIGN KEY (request_id) REFERENCES support_request (id),
    CONSTRAINT support_reading_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT support_reading_uk UNIQUE (request_id, account_id)
);
CREATE INDEX support_reading_account_ix ON support_reading (account_id);
