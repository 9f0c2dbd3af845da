-- Issue 17 (replacements): whether an offer's sessions are held on class time, so that each seated
-- teacher needs a replacement teacher that day.
ALTER TABLE training_offer ADD COLUMN class_time BOOLEAN DEFAULT FALSE NOT NULL;
