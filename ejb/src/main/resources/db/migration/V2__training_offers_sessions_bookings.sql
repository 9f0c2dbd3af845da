-- Teacher training: offers of a circonscription, their sessions, and teachers' bookings.

CREATE SEQUENCE training_offer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE training_session_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE booking_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE training_offer (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    title               VARCHAR(200)  NOT NULL,
    description         VARCHAR(4000),
    topic               VARCHAR(100),
    category            VARCHAR(30)   NOT NULL,
    modality            VARCHAR(20)   NOT NULL,
    minutes_credited    INTEGER       NOT NULL,
    enrolment_opens     TIMESTAMP WITH TIME ZONE NOT NULL,
    enrolment_closes    TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    circonscription_id  BIGINT        NOT NULL,
    created_by          BIGINT        NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT training_offer_minutes_ck CHECK (minutes_credited BETWEEN 15 AND 1080),
    CONSTRAINT training_offer_circonscription_fk FOREIGN KEY (circonscription_id) REFERENCES circonscription (id),
    CONSTRAINT training_offer_created_by_fk FOREIGN KEY (created_by) REFERENCES account (id)
);
CREATE INDEX training_offer_circonscription_ix ON training_offer (circonscription_id, status);

CREATE TABLE training_session (
    id         BIGINT        NOT NULL PRIMARY KEY,
    offer_id   BIGINT        NOT NULL,
    starts_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    place      VARCHAR(300)  NOT NULL,
    capacity   INTEGER       NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT training_session_capacity_ck CHECK (capacity BETWEEN 1 AND 1000),
    CONSTRAINT training_session_time_ck CHECK (starts_at < ends_at),
    CONSTRAINT training_session_offer_fk FOREIGN KEY (offer_id) REFERENCES training_offer (id)
);
CREATE INDEX training_session_offer_ix ON training_session (offer_id);
CREATE INDEX training_session_starts_ix ON training_session (starts_at);

-- one booking per teacher and session, whatever the code does
CREATE TABLE booking (
    id            BIGINT       NOT NULL PRIMARY KEY,
    session_id    BIGINT       NOT NULL,
    teacher_id    BIGINT       NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at  TIMESTAMP WITH TIME ZONE,
    cancelled_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT booking_session_teacher_uk UNIQUE (session_id, teacher_id),
    CONSTRAINT booking_session_fk FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT booking_teacher_fk FOREIGN KEY (teacher_id) REFERENCES account (id)
);
CREATE INDEX booking_teacher_ix ON booking (teacher_id, status);
