-- PostgreSQL only (DatabaseMigration adds this location when the database is PostgreSQL): trigram
-- indexes serve the lists' word searches, each word a "column LIKE '%word%'" that no B-tree index
-- can serve. pg_trgm ships with PostgreSQL and is a trusted extension (the database owner may
-- create it). H2 keeps the plain scan. The equipment search (four upper(column) LIKE per word) is
-- not served: indexes on those four columns were not used by the planner.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX school_search_trgm_ix ON school USING gin (search_text gin_trgm_ops);
CREATE INDEX training_offer_search_trgm_ix ON training_offer USING gin (search_text gin_trgm_ops);
CREATE INDEX training_session_place_trgm_ix ON training_session USING gin (place_search gin_trgm_ops);
