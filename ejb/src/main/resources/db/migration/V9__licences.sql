-- Licences: products and suppliers, licences with their seats, assignments to schools, classes
-- or teachers, staged reminders (each once: unique licence + kind + stage) and GAR usage counts.

CREATE SEQUENCE licence_supplier_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE licence_product_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE licence_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE licence_assignment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE licence_reminder_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE licence_usage_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE licence_supplier (
    id       BIGINT        NOT NULL PRIMARY KEY,
    name     VARCHAR(200)  NOT NULL,
    contact  VARCHAR(200),
    version  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT licence_supplier_name_uk UNIQUE (name)
);

CREATE TABLE licence_product (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    name                 VARCHAR(200)   NOT NULL,
    kind                 VARCHAR(20)    NOT NULL,
    publisher            VARCHAR(200),
    ark_id               VARCHAR(200),
    supplier_id          BIGINT,
    access_instructions  VARCHAR(4000),
    version              BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT licence_product_ark_uk UNIQUE (ark_id),
    CONSTRAINT licence_product_supplier_fk FOREIGN KEY (supplier_id) REFERENCES licence_supplier (id)
);

CREATE TABLE licence (
    id                   BIGINT          NOT NULL PRIMARY KEY,
    product_id           BIGINT          NOT NULL,
    kind                 VARCHAR(10)     NOT NULL,
    seats                INTEGER,
    holder_school_id     BIGINT,
    valid_from           DATE            NOT NULL,
    valid_until          DATE            NOT NULL,
    price                NUMERIC(12, 2)  NOT NULL,
    currency             VARCHAR(3)      NOT NULL,
    grant_source         VARCHAR(12)     NOT NULL,
    grant_percent        INTEGER         NOT NULL,
    order_number         VARCHAR(60),
    contract_reference   VARCHAR(100),
    transferable         BOOLEAN         NOT NULL,
    renewal              VARCHAR(10)     NOT NULL,
    renewal_months       INTEGER         NOT NULL,
    low_seat_threshold   INTEGER,
    notes                VARCHAR(4000),
    status               VARCHAR(10)     NOT NULL,
    gar_subscription_id  VARCHAR(200),
    renewed_from_id      BIGINT,
    version              BIGINT          NOT NULL DEFAULT 0,
    CONSTRAINT licence_gar_uk UNIQUE (gar_subscription_id),
    CONSTRAINT licence_seats_ck CHECK (seats IS NULL OR seats BETWEEN 1 AND 100000),
    CONSTRAINT licence_validity_ck CHECK (valid_from <= valid_until),
    CONSTRAINT licence_grant_ck CHECK (grant_percent BETWEEN 0 AND 100),
    CONSTRAINT licence_product_fk FOREIGN KEY (product_id) REFERENCES licence_product (id),
    CONSTRAINT licence_holder_fk FOREIGN KEY (holder_school_id) REFERENCES school (id),
    CONSTRAINT licence_renewed_from_fk FOREIGN KEY (renewed_from_id) REFERENCES licence (id)
);
CREATE INDEX licence_product_ix ON licence (product_id);
CREATE INDEX licence_until_ix ON licence (status, valid_until);

CREATE TABLE licence_assignment (
    id           BIGINT        NOT NULL PRIMARY KEY,
    licence_id   BIGINT        NOT NULL,
    school_id    BIGINT        NOT NULL,
    target       VARCHAR(10)   NOT NULL,
    class_name   VARCHAR(100),
    teacher_id   BIGINT,
    seats        INTEGER       NOT NULL,
    assigned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT licence_assignment_seats_ck CHECK (seats >= 1),
    CONSTRAINT licence_assignment_licence_fk FOREIGN KEY (licence_id) REFERENCES licence (id),
    CONSTRAINT licence_assignment_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT licence_assignment_teacher_fk FOREIGN KEY (teacher_id) REFERENCES account (id)
);
CREATE INDEX licence_assignment_licence_ix ON licence_assignment (licence_id);
CREATE INDEX licence_assignment_school_ix ON licence_assignment (school_id);

-- each stage of each licence fires once, whatever the code does
CREATE TABLE licence_reminder (
    id          BIGINT       NOT NULL PRIMARY KEY,
    licence_id  BIGINT       NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    stage_days  INTEGER      NOT NULL,
    fired_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT licence_reminder_stage_uk UNIQUE (licence_id, kind, stage_days),
    CONSTRAINT licence_reminder_licence_fk FOREIGN KEY (licence_id) REFERENCES licence (id)
);

CREATE TABLE licence_usage (
    id           BIGINT   NOT NULL PRIMARY KEY,
    licence_id   BIGINT   NOT NULL,
    school_id    BIGINT   NOT NULL,
    students     INTEGER  NOT NULL,
    teachers     INTEGER  NOT NULL,
    others       INTEGER  NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT licence_usage_uk UNIQUE (licence_id, school_id),
    CONSTRAINT licence_usage_licence_fk FOREIGN KEY (licence_id) REFERENCES licence (id),
    CONSTRAINT licence_usage_school_fk FOREIGN KEY (school_id) REFERENCES school (id)
);

INSERT INTO app_setting (setting_name, setting_value) VALUES ('licence.demo.loaded', 'no');
INSERT INTO app_setting (setting_name, setting_value) VALUES ('licence.reminder.stages', '90,30,7');
