-- Maintenance, rental and support contracts on equipment (issue 18), with the items they cover,
-- and the reminder stages of warranties and contracts (the licences keep theirs).
CREATE SEQUENCE equipment_contract_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE equipment_contract (
    id             BIGINT         NOT NULL PRIMARY KEY,
    city_id        BIGINT         NOT NULL,
    supplier_id    BIGINT         NOT NULL,
    reference      VARCHAR(100)   NOT NULL,
    kind           VARCHAR(20)    NOT NULL,
    starts_on      DATE           NOT NULL,
    ends_on        DATE           NOT NULL,
    yearly_cost    DECIMAL(12, 2) NOT NULL,
    notice_days    INTEGER        NOT NULL,
    note           VARCHAR(2000),
    tacit_renewal  BOOLEAN        NOT NULL,
    version        BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT equipment_contract_city_fk FOREIGN KEY (city_id) REFERENCES city (id),
    CONSTRAINT equipment_contract_supplier_fk FOREIGN KEY (supplier_id) REFERENCES licence_supplier (id),
    CONSTRAINT equipment_contract_dates_ck CHECK (ends_on >= starts_on),
    CONSTRAINT equipment_contract_notice_ck CHECK (notice_days >= 0),
    CONSTRAINT equipment_contract_cost_ck CHECK (yearly_cost >= 0)
);
CREATE INDEX equipment_contract_city_ix ON equipment_contract (city_id, ends_on);

CREATE TABLE equipment_contract_item (
    contract_id   BIGINT NOT NULL,
    equipment_id  BIGINT NOT NULL,
    CONSTRAINT equipment_contract_item_pk PRIMARY KEY (contract_id, equipment_id),
    CONSTRAINT equipment_contract_item_contract_fk FOREIGN KEY (contract_id) REFERENCES equipment_contract (id),
    CONSTRAINT equipment_contract_item_equipment_fk FOREIGN KEY (equipment_id) REFERENCES equipment (id)
);
CREATE INDEX equipment_contract_item_equipment_ix ON equipment_contract_item (equipment_id);

CREATE INDEX equipment_warranty_ix ON equipment (warranty_end);

INSERT INTO app_setting (setting_name, setting_value) VALUES ('equipment.warranty.reminder.stages', '90,30,7');
INSERT INTO app_setting (setting_name, setting_value) VALUES ('equipment.contract.reminder.stages', '90,30,7');
INSERT INTO app_setting (setting_name, setting_value) VALUES ('demo.contracts.loaded', 'no');
