-- Issue 18 (costs): licence seats on a device (an equipment item, by its id: the licence component
-- knows nothing of equipment, the foreign key keeps the id honest), and the interventions on an item
-- (a supplier of the city or a staff member, a cost, what was done, the request it answered).
ALTER TABLE licence_assignment ADD COLUMN equipment_id BIGINT;
ALTER TABLE licence_assignment ADD CONSTRAINT licence_assignment_equipment_fk
    FOREIGN KEY (equipment_id) REFERENCES equipment (id);
CREATE INDEX licence_assignment_equipment_ix ON licence_assignment (equipment_id);

CREATE SEQUENCE equipment_maintenance_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE equipment_maintenance (
    id            BIGINT          NOT NULL PRIMARY KEY,
    equipment_id  BIGINT          NOT NULL,
    performed_on  DATE            NOT NULL,
    supplier_id   BIGINT,
    staff_name    VARCHAR(100),
    cost          DECIMAL(12, 2)  NOT NULL,
    description   VARCHAR(2000)   NOT NULL,
    request_id    BIGINT,
    recorded_by   VARCHAR(100)    NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT          NOT NULL DEFAULT 0,
    CONSTRAINT equipment_maintenance_cost_ck CHECK (cost >= 0),
    CONSTRAINT equipment_maintenance_doer_ck CHECK ((supplier_id IS NULL) <> (staff_name IS NULL)),
    CONSTRAINT equipment_maintenance_item_fk FOREIGN KEY (equipment_id) REFERENCES equipment (id),
    CONSTRAINT equipment_maintenance_supplier_fk FOREIGN KEY (supplier_id) REFERENCES licence_supplier (id)
);
CREATE INDEX equipment_maintenance_item_ix ON equipment_maintenance (equipment_id, performed_on);
