-- Physical audits of equipment by QR: a campaign of a city and the items it expects (a snapshot taken at
-- opening) with their last sighting.
CREATE SEQUENCE audit_campaign_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_item_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_campaign (
    id          BIGINT       NOT NULL PRIMARY KEY,
    city_id     BIGINT,
    name        VARCHAR(150) NOT NULL,
    due_date    DATE         NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by   VARCHAR(60)  NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE,
    closed_by   VARCHAR(60),
    demo        BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT audit_campaign_city_fk FOREIGN KEY (city_id) REFERENCES city (id)
);
CREATE INDEX audit_campaign_city_ix ON audit_campaign (city_id, closed_at);

CREATE TABLE audit_item (
    id               BIGINT       NOT NULL PRIMARY KEY,
    campaign_id      BIGINT       NOT NULL,
    equipment_id     BIGINT       NOT NULL,
    school_id        BIGINT       NOT NULL,
    expected_room    VARCHAR(100),
    expected_status  VARCHAR(20)  NOT NULL,
    seen_at          TIMESTAMP WITH TIME ZONE,
    seen_by          VARCHAR(60),
    seen_room        VARCHAR(100),
    finding          VARCHAR(20),
    CONSTRAINT audit_item_uk UNIQUE (campaign_id, equipment_id),
    CONSTRAINT audit_item_campaign_fk FOREIGN KEY (campaign_id) REFERENCES audit_campaign (id),
    CONSTRAINT audit_item_equipment_fk FOREIGN KEY (equipment_id) REFERENCES equipment (id),
    CONSTRAINT audit_item_school_fk FOREIGN KEY (school_id) REFERENCES school (id)
);
CREATE INDEX audit_item_equipment_ix ON audit_item (equipment_id);
CREATE INDEX audit_item_school_ix ON audit_item (campaign_id, school_id);

INSERT INTO app_setting (setting_name, setting_value) VALUES ('demo.audits.loaded', 'no');
