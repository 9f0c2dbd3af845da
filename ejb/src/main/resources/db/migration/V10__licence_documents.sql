-- Documents of a licence (contract, invoice): the file itself, bytea on PostgreSQL, binary varying on H2.
CREATE SEQUENCE licence_document_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE licence_document (
    id            BIGINT        NOT NULL PRIMARY KEY,
    licence_id    BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    byte_size     INTEGER       NOT NULL,
    content       BYTEA         NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT licence_document_licence_fk FOREIGN KEY (licence_id) REFERENCES licence (id)
);
CREATE INDEX licence_document_licence_ix ON licence_document (licence_id);
