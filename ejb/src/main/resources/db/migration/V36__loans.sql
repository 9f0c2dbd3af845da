-- Issue 18 (loans): pools of kits lent to schools (the city's or a school's, with their rule), kits
-- (a name, a type, the equipment items they are made of and their checklist of parts), and kit
-- reservations from one day to another (both included) through check-out and check-in.
CREATE SEQUENCE loan_pool_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE loan_pool (
    id           BIGINT        NOT NULL PRIMARY KEY,
    name         VARCHAR(150)  NOT NULL,
    city_id      BIGINT        NOT NULL REFERENCES city (id),
    school_id    BIGINT        REFERENCES school (id),
    approval     VARCHAR(20)   NOT NULL,
    max_days     INTEGER       NOT NULL,
    remind_late  BOOLEAN       NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT loan_pool_max_days CHECK (max_days > 0 AND max_days <= 365)
);
CREATE INDEX loan_pool_city ON loan_pool (city_id);

CREATE SEQUENCE kit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kit (
    id         BIGINT         NOT NULL PRIMARY KEY,
    name       VARCHAR(150)   NOT NULL,
    type       VARCHAR(30)    NOT NULL,
    pool_id    BIGINT         NOT NULL REFERENCES loan_pool (id),
    checklist  VARCHAR(2000)  NOT NULL,
    version    BIGINT         NOT NULL
);
CREATE INDEX kit_pool ON kit (pool_id);

CREATE TABLE kit_item (
    kit_id        BIGINT  NOT NULL REFERENCES kit (id),
    equipment_id  BIGINT  NOT NULL REFERENCES equipment (id),
    CONSTRAINT kit_item_pk PRIMARY KEY (kit_id, equipment_id)
);

CREATE SEQUENCE kit_reservation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kit_reservation (
    id                BIGINT                    NOT NULL PRIMARY KEY,
    kit_id            BIGINT                    NOT NULL REFERENCES kit (id),
    requester_id      BIGINT                    NOT NULL REFERENCES account (id),
    school_id         BIGINT                    NOT NULL REFERENCES school (id),
    starts_on         DATE                      NOT NULL,
    ends_on           DATE                      NOT NULL,
    note              VARCHAR(1000),
    status            VARCHAR(20)               NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE  NOT NULL,
    decided_by        VARCHAR(100),
    decided_at        TIMESTAMP WITH TIME ZONE,
    refusal_reason    VARCHAR(1000),
    checked_out_by    VARCHAR(100),
    checked_out_at    TIMESTAMP WITH TIME ZONE,
    returned_by       VARCHAR(100),
    returned_at       TIMESTAMP WITH TIME ZONE,
    return_condition  VARCHAR(20),
    missing_parts     VARCHAR(2000),
    return_note       VARCHAR(2000),
    photo             BYTEA,
    photo_type        VARCHAR(50),
    late_reminded_on  DATE,
    demo              BOOLEAN                   NOT NULL,
    version           BIGINT                    NOT NULL,
    CONSTRAINT kit_reservation_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX kit_reservation_kit ON kit_reservation (kit_id, starts_on);
CREATE INDEX kit_reservation_status ON kit_reservation (status, ends_on);
CREATE INDEX kit_reservation_requester ON kit_reservation (requester_id);

INSERT INTO app_setting (setting_name, setting_value) VALUES ('demo.loans.loaded', 'no');
