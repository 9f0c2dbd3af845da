-- The language a person reads Tandem in (pages, mails, documents): French unless they choose English.
ALTER TABLE account ADD COLUMN language VARCHAR(2) DEFAULT 'fr' NOT NULL;
ALTER TABLE account ADD CONSTRAINT account_language_known CHECK (language IN ('fr', 'en'));
