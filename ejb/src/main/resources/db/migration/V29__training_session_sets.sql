-- Offers whose sessions are taken together (a parcours over several dates): a teacher books,
-- waits for, cancels and is promoted into every session of the offer at once.
ALTER TABLE training_offer ADD COLUMN taken_together BOOLEAN NOT NULL DEFAULT FALSE;
