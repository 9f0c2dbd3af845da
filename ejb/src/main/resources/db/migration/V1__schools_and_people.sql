-- Schools, circonscriptions and the people who log in. Portable between H2 2.x and PostgreSQL 15.
-- Sequences step by the allocationSize of the entities (50) and start at it, as EclipseLink expects.

CREATE SEQUENCE circonscription_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE school_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE circonscription (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(8)   NOT NULL,
    name        VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT circonscription_code_uk UNIQUE (code)
);

CREATE TABLE school (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    uai                 VARCHAR(8)   NOT NULL,
    name                VARCHAR(200) NOT NULL,
    kind                VARCHAR(30)  NOT NULL,
    nature_code         VARCHAR(3),
    nature_label        VARCHAR(100),
    street              VARCHAR(300),
    postcode            VARCHAR(5)   NOT NULL,
    commune_code        VARCHAR(5)   NOT NULL,
    commune_name        VARCHAR(100) NOT NULL,
    priority            VARCHAR(10)  NOT NULL,
    state               VARCHAR(10)  NOT NULL,
    circonscription_id  BIGINT       NOT NULL,
    email               VARCHAR(200),
    phone               VARCHAR(30),
    demo                BOOLEAN      NOT NULL DEFAULT FALSE,
    search_text         VARCHAR(700) NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT school_uai_uk UNIQUE (uai),
    CONSTRAINT school_circonscription_fk FOREIGN KEY (circonscription_id) REFERENCES circonscription (id)
);
CREATE INDEX school_name_ix ON school (name);
CREATE INDEX school_commune_ix ON school (commune_name);
CREATE INDEX school_circonscription_ix ON school (circonscription_id, name);

CREATE TABLE account (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    username              VARCHAR(60)  NOT NULL,
    first_name            VARCHAR(100) NOT NULL,
    last_name             VARCHAR(100) NOT NULL,
    email                 VARCHAR(200) NOT NULL,
    password_hash         VARCHAR(300) NOT NULL,
    school_id             BIGINT,
    circonscription_id    BIGINT,
    working_time_percent  INTEGER,
    active                BOOLEAN      NOT NULL DEFAULT TRUE,
    demo                  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    deactivated_at        TIMESTAMP WITH TIME ZONE,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT account_username_uk UNIQUE (username),
    CONSTRAINT account_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT account_circonscription_fk FOREIGN KEY (circonscription_id) REFERENCES circonscription (id),
    CONSTRAINT account_working_time_ck CHECK (working_time_percent IS NULL OR working_time_percent BETWEEN 10 AND 100)
);
CREATE INDEX account_last_name_ix ON account (last_name, first_name);
CREATE INDEX account_school_ix ON account (school_id);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE api_token (
    id             BIGINT       NOT NULL PRIMARY KEY,
    account_id     BIGINT       NOT NULL,
    label          VARCHAR(100) NOT NULL,
    secret_digest  VARCHAR(64)  NOT NULL,
    secret_prefix  VARCHAR(12)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at   TIMESTAMP WITH TIME ZONE,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_digest_uk UNIQUE (secret_digest),
    CONSTRAINT api_token_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX api_token_account_ix ON api_token (account_id);

-- One row per application-wide fact; the demo loader locks its row while it seeds.
CREATE TABLE app_setting (
    setting_name   VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(1000) NOT NULL
);
INSERT INTO app_setting (setting_name, setting_value) VALUES ('demo.loaded', 'no');
