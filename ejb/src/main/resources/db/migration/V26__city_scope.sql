-- Service levels per city: each city sets its own targets per category of request; the rows without a
-- city are the defaults, which hold for a city that has not set its own (a new city) and for the schools
-- of no city. The levels that existed become the defaults, with ids the sequence never hands out
-- (EclipseLink takes ids 1 to 50 from its first value).

CREATE SEQUENCE support_service_level_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE support_service_level_city (
    id                  BIGINT      NOT NULL PRIMARY KEY,
    city_id             BIGINT      REFERENCES city (id),
    category            VARCHAR(30) NOT NULL,
    first_answer_hours  INTEGER     NOT NULL,
    resolution_hours    INTEGER     NOT NULL,
    CONSTRAINT support_service_level_city_ck CHECK (first_answer_hours >= 1 AND first_answer_hours <= resolution_hours),
    CONSTRAINT support_service_level_city_uk UNIQUE (city_id, category)
);
INSERT INTO support_service_level_city (id, city_id, category, first_answer_hours, resolution_hours)
    SELECT CASE category WHEN 'HARDWARE' THEN -1 WHEN 'SOFTWARE' THEN -2 WHEN 'LICENCE_ACCESS' THEN -3
                         WHEN 'TRAINING_NEED' THEN -4 ELSE -5 END, NULL, category, first_answer_hours, resolution_hours
    FROM support_service_level;
DROP TABLE support_service_level;
ALTER TABLE support_service_level_city RENAME TO support_service_level;
