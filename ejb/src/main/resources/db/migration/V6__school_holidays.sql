-- School-holiday periods per zone, imported from the ministry's calendar (CSV or iCalendar).
CREATE SEQUENCE school_holiday_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE school_holiday (
    id              BIGINT        NOT NULL PRIMARY KEY,
    zone            VARCHAR(20)   NOT NULL,
    description     VARCHAR(200)  NOT NULL,
    first_day_off   DATE          NOT NULL,
    classes_resume  DATE          NOT NULL,
    CONSTRAINT school_holiday_period_ck CHECK (first_day_off < classes_resume),
    CONSTRAINT school_holiday_uk UNIQUE (zone, first_day_off, description)
);
