-- The teachers' catalogue is searched, filtered and paged by the database: offers keep their title
-- and topic folded for searching (lower case, no accents), sessions their place; both are filled
-- for existing rows by the Java migration V16, then kept by the entities.
ALTER TABLE training_offer ADD COLUMN search_text VARCHAR(310);
ALTER TABLE training_session ADD COLUMN place_search VARCHAR(300);

-- the catalogue's window: upcoming sessions that are not cancelled, soonest first
CREATE INDEX training_session_upcoming_ix ON training_session (starts_at, id, offer_id, cancelled_at);
CREATE INDEX training_offer_catalogue_ix ON training_offer (status, category, circonscription_id);
