-- Issue 17 (hours due, attestation issuer). A circonscription's postal address, printed on the
-- attestations it issues; and its rules for the training hours: how the hours due follow the quotité
-- (PRORATA: 18 h x quotité rounded to the half hour; TABLE: its own table, text '75=900;50=540' in
-- minutes, a quotité missing from it counting pro rata) and who signs its attestations.
ALTER TABLE circonscription ADD COLUMN address_street VARCHAR(200);
ALTER TABLE circonscription ADD COLUMN address_postcode VARCHAR(5);
ALTER TABLE circonscription ADD COLUMN address_city VARCHAR(100);

CREATE SEQUENCE circonscription_hours_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE circonscription_hours (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    circonscription_id  BIGINT         NOT NULL REFERENCES circonscription (id),
    hours_due_policy    VARCHAR(20)    NOT NULL,
    hours_due_table     VARCHAR(1000),
    signatory_name      VARCHAR(200),
    signatory_title     VARCHAR(200),
    version             BIGINT         NOT NULL,
    CONSTRAINT circonscription_hours_uk UNIQUE (circonscription_id),
    CONSTRAINT circonscription_hours_policy CHECK (hours_due_policy IN ('PRORATA', 'TABLE'))
);
