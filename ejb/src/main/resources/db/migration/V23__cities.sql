-- Many cities in one deployment. A city (one commune, or communes sharing an IT service) owns its
-- schools' buildings and equipment, its licences, products and suppliers, its requests and money.
-- A school belongs to the city naming its commune; city employees and councillors work for one city.

CREATE SEQUENCE city_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE city (
    id       BIGINT        NOT NULL PRIMARY KEY,
    name     VARCHAR(100)  NOT NULL,
    version  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT city_name_uk UNIQUE (name)
);
CREATE TABLE city_commune (
    city_id       BIGINT      NOT NULL REFERENCES city (id),
    commune_code  VARCHAR(5)  NOT NULL,
    CONSTRAINT city_commune_uk UNIQUE (commune_code)
);

ALTER TABLE school ADD COLUMN city_id BIGINT REFERENCES city (id);
CREATE INDEX school_city ON school (city_id);
ALTER TABLE account ADD COLUMN city_id BIGINT REFERENCES city (id);

ALTER TABLE licence_supplier ADD COLUMN city_id BIGINT REFERENCES city (id);
ALTER TABLE licence_supplier DROP CONSTRAINT licence_supplier_name_uk;
ALTER TABLE licence_supplier ADD CONSTRAINT licence_supplier_name_uk UNIQUE (city_id, name);
ALTER TABLE licence_product ADD COLUMN city_id BIGINT REFERENCES city (id);
ALTER TABLE licence_product DROP CONSTRAINT licence_product_ark_uk;
ALTER TABLE licence_product ADD CONSTRAINT licence_product_ark_uk UNIQUE (city_id, ark_id);
ALTER TABLE licence ADD COLUMN city_id BIGINT REFERENCES city (id);
CREATE INDEX licence_city ON licence (city_id, valid_until);

-- A deployment that served one city before keeps working: its schools' communes become one city (named
-- after the first of them; an administrator renames it), owning everything that was there.
INSERT INTO city (id, name, version) SELECT 1, 'Ville de ' || MIN(commune_name), 0 FROM school HAVING COUNT(*) > 0;
INSERT INTO city_commune (city_id, commune_code) SELECT DISTINCT 1, commune_code FROM school;
UPDATE school SET city_id = 1;
UPDATE account SET city_id = 1 WHERE EXISTS (SELECT 1 FROM city WHERE id = 1)
    AND id IN (SELECT account_id FROM account_role WHERE role IN ('CITY_STAFF', 'COUNCILLOR'));
UPDATE licence_supplier SET city_id = 1 WHERE EXISTS (SELECT 1 FROM city WHERE id = 1);
UPDATE licence_product SET city_id = 1 WHERE EXISTS (SELECT 1 FROM city WHERE id = 1);
UPDATE licence SET city_id = 1 WHERE EXISTS (SELECT 1 FROM city WHERE id = 1);

INSERT INTO app_setting (setting_name, setting_value) VALUES ('demo.cities.loaded', 'no');
