-- Issue 17 (attestation, hours outside Tandem): every attestation of training hours issued, with its
-- random verification code (printed and in a QR code) and what it attested, frozen, for the public
-- check page.
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

-- Hours a teacher did outside Tandem (m@gistère, a constellation, an académie course…), with their
-- certificate (PDF, PNG or JPEG, at most 5 MB), waiting for the inspector, validated, refused (with a
-- reason) or withdrawn. Validated, they count in the 18 hours by nature and modality.
CREATE SEQUENCE outside_hours_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outside_hours (
    id              BIGINT                    NOT NULL PRIMARY KEY,
    account_id      BIGINT                    NOT NULL REFERENCES account (id),
    title           VARCHAR(200)              NOT NULL,
    provider        VARCHAR(20)               NOT NULL,
    done_on         DATE                      NOT NULL,
    nature          VARCHAR(30)               NOT NULL,
    modality        VARCHAR(20)               NOT NULL,
    minutes         INTEGER                   NOT NULL,
    file_name       VARCHAR(120)              NOT NULL,
    content_type    VARCHAR(50)               NOT NULL,
    content         BYTEA                     NOT NULL,
    status          VARCHAR(20)               NOT NULL,
    refusal_reason  VARCHAR(1000),
    declared_at     TIMESTAMP WITH TIME ZONE  NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_by      BIGINT                    REFERENCES account (id),
    version         BIGINT                    NOT NULL,
    CONSTRAINT outside_hours_minutes CHECK (minutes > 0 AND minutes <= 1080)
);
CREATE INDEX outside_hours_account ON outside_hours (account_id, status);
