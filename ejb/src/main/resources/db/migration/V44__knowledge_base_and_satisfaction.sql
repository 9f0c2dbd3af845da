-- The request desk learns: the city's knowledge base (answers to frequent problems, in French and
-- English, with their folded search texts), the requests it spared (an answer that solved the
-- problem before sending) and the teachers' satisfaction with resolved requests (one per request).
CREATE SEQUENCE knowledge_answer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE answer_deflection_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE request_satisfaction_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE knowledge_answer (
    id          BIGINT        NOT NULL PRIMARY KEY,
    city_id     BIGINT        NOT NULL,
    category    VARCHAR(30)   NOT NULL,
    title_fr    VARCHAR(150)  NOT NULL,
    answer_fr   VARCHAR(4000) NOT NULL,
    title_en    VARCHAR(150),
    answer_en   VARCHAR(4000),
    keywords    VARCHAR(300),
    published   BOOLEAN       NOT NULL,
    search_fr   VARCHAR(4500) NOT NULL,
    search_en   VARCHAR(4500) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(200)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT knowledge_answer_city_fk FOREIGN KEY (city_id) REFERENCES city (id)
);
CREATE INDEX knowledge_answer_city_ix ON knowledge_answer (city_id, published);

CREATE TABLE answer_deflection (
    id          BIGINT NOT NULL PRIMARY KEY,
    answer_id   BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    school_id   BIGINT NOT NULL,
    solved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT answer_deflection_answer_fk FOREIGN KEY (answer_id) REFERENCES knowledge_answer (id),
    CONSTRAINT answer_deflection_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT answer_deflection_school_fk FOREIGN KEY (school_id) REFERENCES school (id)
);
CREATE INDEX answer_deflection_school_ix ON answer_deflection (school_id, solved_at);

CREATE TABLE request_satisfaction (
    id              BIGINT        NOT NULL PRIMARY KEY,
    request_id      BIGINT        NOT NULL,
    satisfied       BOOLEAN       NOT NULL,
    rating_comment  VARCHAR(1000),
    rated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE,
    demo            BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT request_satisfaction_request_fk FOREIGN KEY (request_id) REFERENCES support_request (id),
    CONSTRAINT request_satisfaction_uk UNIQUE (request_id)
);

INSERT INTO app_setting (setting_name, setting_value) VALUES ('demo.knowledge.loaded', 'no');
