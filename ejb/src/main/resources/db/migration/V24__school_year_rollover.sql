-- The school-year rollover. On 31 August a teacher's school year closes: its quotité, minutes due and
-- the school (and circonscription) the teacher was in are kept, one row per teacher and year; the
-- minutes done stay counted from attendance in the year's dates. The year in progress has no row.
CREATE SEQUENCE training_year_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_year (
    id                    BIGINT                    NOT NULL PRIMARY KEY,
    account_id            BIGINT                    NOT NULL REFERENCES account (id),
    start_year            INTEGER                   NOT NULL,
    working_time_percent  INTEGER                   NOT NULL,
    minutes_due           INTEGER                   NOT NULL,
    school_id             BIGINT                    REFERENCES school (id),
    circonscription_id    BIGINT                    REFERENCES circonscription (id),
    closed_at             TIMESTAMP WITH TIME ZONE  NOT NULL,
    CONSTRAINT training_year_uk UNIQUE (account_id, start_year),
    CONSTRAINT training_year_percent CHECK (working_time_percent BETWEEN 10 AND 100)
);

-- The runs that closed years, or that an administrator asked for (who: the audit trail).
CREATE SEQUENCE school_year_rollover_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE school_year_rollover (
    id                  BIGINT                    NOT NULL PRIMARY KEY,
    ran_at              TIMESTAMP WITH TIME ZONE  NOT NULL,
    current_start_year  INTEGER                   NOT NULL,
    years_closed        INTEGER                   NOT NULL
);

-- Locked by a run for its whole transaction, so that two servers never close the same years at once.
INSERT INTO app_setting (setting_name, setting_value) VALUES ('school-year.rollover', 'idle');
