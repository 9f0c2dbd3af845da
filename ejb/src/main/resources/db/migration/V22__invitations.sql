-- Invitations to choose a first password (accounts created by a people import or single sign-on have none):
-- only the SHA-256 digest of the secret sent by mail is kept, written when the mail is sent (null until then);
-- a newer invitation replaces the older ones.
CREATE SEQUENCE invitation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE invitation (
    id             BIGINT       NOT NULL PRIMARY KEY,
    account_id     BIGINT       NOT NULL,
    secret_digest  VARCHAR(64),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT invitation_digest_uk UNIQUE (secret_digest),
    CONSTRAINT invitation_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX invitation_account_ix ON invitation (account_id);

-- A mail that carries a secret (an invitation link) is queued with a placeholder and the reference of what
-- issues the secret when the mail is sent: the secret itself is never written to the outbox.
ALTER TABLE outbox_message ADD COLUMN secret_ref VARCHAR(100);
