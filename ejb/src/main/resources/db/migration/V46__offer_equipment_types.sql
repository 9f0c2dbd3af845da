-- Training matched to equipment (issue 19): the equipment types an offer teaches to use, the
-- arrivals of equipment read day by day for the inspectors' digest, and the demo's flag.
CREATE TABLE training_offer_equipment_type (
    offer_id        BIGINT       NOT NULL,
    equipment_type  VARCHAR(30)  NOT NULL,
    CONSTRAINT training_offer_equipment_type_pk PRIMARY KEY (offer_id, equipment_type),
    CONSTRAINT training_offer_equipment_type_offer_fk FOREIGN KEY (offer_id) REFERENCES training_offer (id)
);
CREATE INDEX training_offer_equipment_type_ix ON training_offer_equipment_type (equipment_type);

CREATE INDEX equipment_event_happened_ix ON equipment_event (happened_at, kind);

INSERT INTO app_setting (setting_name, setting_value) VALUES ('demo.equipment-training.loaded', 'no');
