-- The partnership's multi-year digital plan (issue 19): plans per city, the envelope and rate each
-- funding programme grants, lines per school and school year, their invoices, and the items and
-- licences already in Tandem that each line brought (an item or a licence belongs to one line at most).
CREATE SEQUENCE digital_plan_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE digital_plan_envelope_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_line_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_invoice_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE digital_plan (
    id          BIGINT       NOT NULL PRIMARY KEY,
    city_id     BIGINT       NOT NULL,
    title       VARCHAR(200) NOT NULL,
    first_year  INTEGER      NOT NULL,
    last_year   INTEGER      NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT digital_plan_city_fk FOREIGN KEY (city_id) REFERENCES city (id),
    CONSTRAINT digital_plan_years_ck CHECK (last_year >= first_year AND last_year - first_year < 6)
);
CREATE INDEX digital_plan_city_ix ON digital_plan (city_id, first_year);

CREATE TABLE digital_plan_envelope (
    id         BIGINT         NOT NULL PRIMARY KEY,
    plan_id    BIGINT         NOT NULL,
    programme  VARCHAR(20)    NOT NULL,
    rate       DECIMAL(5, 2)  NOT NULL,
    amount     DECIMAL(12, 2),
    CONSTRAINT digital_plan_envelope_plan_fk FOREIGN KEY (plan_id) REFERENCES digital_plan (id),
    CONSTRAINT digital_plan_envelope_uk UNIQUE (plan_id, programme),
    CONSTRAINT digital_plan_envelope_rate_ck CHECK (rate >= 0 AND rate <= 100),
    CONSTRAINT digital_plan_envelope_amount_ck CHECK (amount IS NULL OR amount >= 0)
);

CREATE TABLE plan_line (
    id               BIGINT         NOT NULL PRIMARY KEY,
    plan_id          BIGINT         NOT NULL,
    school_id        BIGINT,
    school_year      INTEGER        NOT NULL,
    kind             VARCHAR(20)    NOT NULL,
    equipment_type   VARCHAR(30),
    label            VARCHAR(200)   NOT NULL,
    quantity         INTEGER        NOT NULL,
    unit_cost        DECIMAL(12, 2) NOT NULL,
    programme        VARCHAR(20)    NOT NULL,
    grant_rate       DECIMAL(5, 2)  NOT NULL,
    state            VARCHAR(20)    NOT NULL,
    order_reference  VARCHAR(60),
    ordered_amount   DECIMAL(12, 2),
    ordered_on       DATE,
    delivered_on     DATE,
    claim_reference  VARCHAR(60),
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT plan_line_plan_fk FOREIGN KEY (plan_id) REFERENCES digital_plan (id),
    CONSTRAINT plan_line_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT plan_line_quantity_ck CHECK (quantity >= 1),
    CONSTRAINT plan_line_cost_ck CHECK (unit_cost >= 0),
    CONSTRAINT plan_line_rate_ck CHECK (grant_rate >= 0 AND grant_rate <= 100)
);
CREATE INDEX plan_line_plan_ix ON plan_line (plan_id, school_year);
CREATE INDEX plan_line_school_ix ON plan_line (school_id);

CREATE TABLE plan_invoice (
    id         BIGINT         NOT NULL PRIMARY KEY,
    line_id    BIGINT         NOT NULL,
    reference  VARCHAR(60)    NOT NULL,
    issued_on  DATE           NOT NULL,
    paid_on    DATE,
    amount     DECIMAL(12, 2) NOT NULL,
    CONSTRAINT plan_invoice_line_fk FOREIGN KEY (line_id) REFERENCES plan_line (id),
    CONSTRAINT plan_invoice_uk UNIQUE (line_id, reference),
    CONSTRAINT plan_invoice_amount_ck CHECK (amount > 0)
);

CREATE TABLE plan_line_equipment (
    line_id       BIGINT NOT NULL,
    equipment_id  BIGINT NOT NULL,
    CONSTRAINT plan_line_equipment_pk PRIMARY KEY (line_id, equipment_id),
    CONSTRAINT plan_line_equipment_uk UNIQUE (equipment_id),
    CONSTRAINT plan_line_equipment_line_fk FOREIGN KEY (line_id) REFERENCES plan_line (id),
    CONSTRAINT plan_line_equipment_item_fk FOREIGN KEY (equipment_id) REFERENCES equipment (id)
);

CREATE TABLE plan_line_licence (
    line_id     BIGINT NOT NULL,
    licence_id  BIGINT NOT NULL,
    CONSTRAINT plan_line_licence_pk PRIMARY KEY (line_id, licence_id),
    CONSTRAINT plan_line_licence_uk UNIQUE (licence_id),
    CONSTRAINT plan_line_licence_line_fk FOREIGN KEY (line_id) REFERENCES plan_line (id),
    CONSTRAINT plan_line_licence_licence_fk FOREIGN KEY (licence_id) REFERENCES licence (id)
);

INSERT INTO app_setting (setting_name, setting_value) VALUES ('demo.plan.loaded', 'no');
