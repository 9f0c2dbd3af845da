-- Issue 17 (attestation): every attestation of training hours issued, with its random verification
-- code (printed and in a QR code) and what it attested, frozen, for the public check page.
CREATE SEQUENCE issued_attestation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE issued_attestation (
    id            BIGINT                    NOT NULL PRIMARY KEY,
    code          VARCHAR(32)               NOT NULL,
    account_id    BIGINT                    NOT NULL REFERENCES account (id),
    teacher_name  VARCHAR(300)              NOT NULL,
    school_name   VARCHAR(300),
    start_year    INTEGER                   NOT NULL,
    minutes_done  INTEGER                   NOT NULL,
    minutes_due   INTEGER                   NOT NULL,
    issuer        VARCHAR(600)              NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE  NOT NULL,
    CONSTRAINT issued_attestation_code_uk UNIQUE (code),
    CONSTRAINT issued_attestation_done CHECK (minutes_done > 0)
);
CREATE INDEX issued_attestation_account ON issued_attestation (account_id);
