-- Teachers' requests to the city's IT department: the thread, attachments (stored here; BYTEA is
-- PostgreSQL's byte array and H2's alias of BINARY VARYING) and the service level of each category.
CREATE SEQUENCE support_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE support_message_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE support_attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE support_request (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    school_id          BIGINT        NOT NULL,
    equipment_id       BIGINT,
    room               VARCHAR(100),
    category           VARCHAR(30)   NOT NULL,
    subject            VARCHAR(150)  NOT NULL,
    description        VARCHAR(4000) NOT NULL,
    status             VARCHAR(30)   NOT NULL,
    requester_id       BIGINT        NOT NULL,
    assignee_id        BIGINT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    first_answered_at  TIMESTAMP WITH TIME ZONE,
    resolved_at        TIMESTAMP WITH TIME ZONE,
    closed_at          TIMESTAMP WITH TIME ZONE,
    referred_at        TIMESTAMP WITH TIME ZONE,
    demo               BOOLEAN       NOT NULL DEFAULT FALSE,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT support_request_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT support_request_equipment_fk FOREIGN KEY (equipment_id) REFERENCES equipment (id),
    CONSTRAINT support_request_requester_fk FOREIGN KEY (requester_id) REFERENCES account (id),
    CONSTRAINT support_request_assignee_fk FOREIGN KEY (assignee_id) REFERENCES account (id)
);
CREATE INDEX support_request_status_ix ON support_request (status, created_at);
CREATE INDEX support_request_requester_ix ON support_request (requester_id);
CREATE INDEX support_request_school_ix ON support_request (school_id);

CREATE TABLE support_message (
    id           BIGINT        NOT NULL PRIMARY KEY,
    request_id   BIGINT        NOT NULL,
    author_id    BIGINT        NOT NULL,
    event        VARCHAR(20)   NOT NULL,
    from_staff   BOOLEAN       NOT NULL,
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    body         VARCHAR(4000),
    status_from  VARCHAR(30),
    status_to    VARCHAR(30),
    CONSTRAINT support_message_request_fk FOREIGN KEY (request_id) REFERENCES support_request (id),
    CONSTRAINT support_message_author_fk FOREIGN KEY (author_id) REFERENCES account (id)
);
CREATE INDEX support_message_request_ix ON support_message (request_id, written_at);

CREATE TABLE support_attachment (
    id            BIGINT        NOT NULL PRIMARY KEY,
    request_id    BIGINT        NOT NULL,
    file_name     VARCHAR(150)  NOT NULL,
    content_type  VARCHAR(50)   NOT NULL,
    size_bytes    INTEGER       NOT NULL,
    content       BYTEA         NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by   VARCHAR(60)   NOT NULL,
    CONSTRAINT support_attachment_request_fk FOREIGN KEY (request_id) REFERENCES support_request (id),
    CONSTRAINT support_attachment_size_ck CHECK (size_bytes BETWEEN 1 AND 5242880)
);
CREATE INDEX support_attachment_request_ix ON support_attachment (request_id);

-- Targets in working hours (08:00-17:00 Paris time, weekdays outside public and school holidays).
CREATE TABLE support_service_level (
    category            VARCHAR(30) NOT NULL PRIMARY KEY,
    first_answer_hours  INTEGER     NOT NULL,
    resolution_hours    INTEGER     NOT NULL,
    CONSTRAINT support_service_level_ck CHECK (first_answer_hours >= 1 AND first_answer_hours <= resolution_hours)
);
INSERT INTO support_service_level (category, first_answer_hours, resolution_hours) VALUES ('HARDWARE', 4, 27);
INSERT INTO support_service_level (category, first_answer_hours, resolution_hours) VALUES ('SOFTWARE', 4, 18);
INSERT INTO support_service_level (category, first_answer_hours, resolution_hours) VALUES ('LICENCE_ACCESS', 4, 9);
INSERT INTO support_service_level (category, first_answer_hours, resolution_hours) VALUES ('TRAINING_NEED', 9, 45);
INSERT INTO support_service_level (category, first_answer_hours, resolution_hours) VALUES ('OTHER', 9, 45);

INSERT INTO app_setting (setting_name, setting_value) VALUES ('demo.support.loaded', 'no');
