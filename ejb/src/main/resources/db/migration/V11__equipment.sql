-- School equipment (the TNE plan d'équipement) and the history of its moves and status changes.
CREATE SEQUENCE equipment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE equipment_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE equipment (
    id              BIGINT        NOT NULL PRIMARY KEY,
    serial_number   VARCHAR(60)   NOT NULL,
    school_id       BIGINT        NOT NULL,
    type            VARCHAR(30)   NOT NULL,
    brand           VARCHAR(100)  NOT NULL,
    model           VARCHAR(100),
    room            VARCHAR(100),
    purchase_date   DATE,
    price           NUMERIC(12,2),
    tne_amount      NUMERIC(12,2) NOT NULL DEFAULT 0,
    warranty_end    DATE,
    status          VARCHAR(20)   NOT NULL,
    demo            BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT equipment_serial_uk UNIQUE (serial_number),
    CONSTRAINT equipment_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT equipment_tne_ck CHECK (tne_amount >= 0 AND (price IS NULL OR tne_amount <= price))
);
CREATE INDEX equipment_school_ix ON equipment (school_id, type);

CREATE TABLE equipment_event (
    id              BIGINT        NOT NULL PRIMARY KEY,
    equipment_id    BIGINT        NOT NULL,
    happened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    from_value      VARCHAR(200),
    to_value        VARCHAR(200),
    note            VARCHAR(500),
    done_by         VARCHAR(60)   NOT NULL,
    CONSTRAINT equipment_event_equipment_fk FOREIGN KEY (equipment_id) REFERENCES equipment (id)
);
CREATE INDEX equipment_event_equipment_ix ON equipment_event (equipment_id, happened_at);

INSERT INTO app_setting (setting_name, setting_value) VALUES ('demo.equipment.loaded', 'no');
