-- Grant claims of the digital plan (issue 19): what a city claims from a funding programme for one plan
-- and period, numbered per city (TNE-2026-001), and a snapshot of every line it covers (school, label,
-- rate, paid base, amount claimed, the invoices and the items' serial numbers) from which its files are
-- made. A plan line is in one live claim at most: plan_line_id is unique (a cancelled claim lets its
-- lines go: its snapshot lines keep everything but that link).
CREATE SEQUENCE grant_claim_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE grant_claim_line_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE grant_claim (
    id               BIGINT                    NOT NULL PRIMARY KEY,
    city_id          BIGINT                    NOT NULL,
    plan_id          BIGINT                    NOT NULL,
    programme        VARCHAR(20)               NOT NULL,
    period_from      DATE                      NOT NULL,
    period_to        DATE                      NOT NULL,
    claim_year       INTEGER                   NOT NULL,
    claim_number     INTEGER                   NOT NULL,
    reference        VARCHAR(60)               NOT NULL,
    made_at          TIMESTAMP WITH TIME ZONE  NOT NULL,
    made_by          VARCHAR(100)              NOT NULL,
    status           VARCHAR(20)               NOT NULL,
    paid_base        DECIMAL(12, 2)            NOT NULL,
    amount_claimed   DECIMAL(12, 2)            NOT NULL,
    amount_received  DECIMAL(12, 2),
    received_on      DATE,
    closed_at        TIMESTAMP WITH TIME ZONE,
    closed_by        VARCHAR(100),
    note             VARCHAR(2000),
    version          BIGINT                    NOT NULL DEFAULT 0,
    CONSTRAINT grant_claim_city_fk FOREIGN KEY (city_id) REFERENCES city (id),
    CONSTRAINT grant_claim_plan_fk FOREIGN KEY (plan_id) REFERENCES digital_plan (id),
    CONSTRAINT grant_claim_reference_uk UNIQUE (city_id, reference),
    CONSTRAINT grant_claim_number_uk UNIQUE (city_id, programme, claim_year, claim_number),
    CONSTRAINT grant_claim_period_ck CHECK (period_to >= period_from),
    CONSTRAINT grant_claim_amounts_ck CHECK (paid_base >= 0 AND amount_claimed >= 0
        AND (amount_received IS NULL OR amount_received >= 0))
);
CREATE INDEX grant_claim_plan_ix ON grant_claim (plan_id, programme);

CREATE TABLE grant_claim_line (
    id               BIGINT          NOT NULL PRIMARY KEY,
    claim_id         BIGINT          NOT NULL,
    plan_line_id     BIGINT,
    school_uai       VARCHAR(8),
    school_name      VARCHAR(200),
    school_year      INTEGER         NOT NULL,
    kind             VARCHAR(20)     NOT NULL,
    label            VARCHAR(200)    NOT NULL,
    programme        VARCHAR(20)     NOT NULL,
    rate             DECIMAL(5, 2)   NOT NULL,
    paid_base        DECIMAL(12, 2)  NOT NULL,
    full_share       DECIMAL(12, 2)  NOT NULL,
    amount_claimed   DECIMAL(12, 2)  NOT NULL,
    CONSTRAINT grant_claim_line_claim_fk FOREIGN KEY (claim_id) REFERENCES grant_claim (id),
    CONSTRAINT grant_claim_line_plan_line_fk FOREIGN KEY (plan_line_id) REFERENCES plan_line (id),
    CONSTRAINT grant_claim_line_plan_line_uk UNIQUE (plan_line_id)
);
CREATE INDEX grant_claim_line_claim_ix ON grant_claim_line (claim_id);

CREATE TABLE grant_claim_invoice (
    line_id     BIGINT          NOT NULL,
    reference   VARCHAR(60)     NOT NULL,
    issued_on   DATE            NOT NULL,
    paid_on     DATE            NOT NULL,
    amount      DECIMAL(12, 2)  NOT NULL,
    CONSTRAINT grant_claim_invoice_line_fk FOREIGN KEY (line_id) REFERENCES grant_claim_line (id)
);
CREATE INDEX grant_claim_invoice_line_ix ON grant_claim_invoice (line_id);

CREATE TABLE grant_claim_item (
    line_id        BIGINT       NOT NULL,
    serial_number  VARCHAR(100) NOT NULL,
    CONSTRAINT grant_claim_item_line_fk FOREIGN KEY (line_id) REFERENCES grant_claim_line (id)
);
CREATE INDEX grant_claim_item_line_ix ON grant_claim_item (line_id);
