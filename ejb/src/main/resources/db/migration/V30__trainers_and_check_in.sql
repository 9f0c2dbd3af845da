-- Issue 17 (trainers): when a teacher marked themselves present by the code their trainer shows,
-- and the settings of that self check-in: how many minutes before the start it opens, and the
-- server's secret the minute codes are signed with (written once, at first use, by the application).
ALTER TABLE booking ADD COLUMN checked_in_at TIMESTAMP WITH TIME ZONE;

INSERT INTO app_setting (setting_name, setting_value) VALUES ('training.checkin.minutesBefore', '15');
INSERT INTO app_setting (setting_name, setting_value) VALUES ('training.checkin.secret', '');
INSERT INTO app_setting (setting_name, setting_value) VALUES ('demo.trainer.loaded', 'no');
