-- Issue 17 (approvers): why a request was refused or a seat given up late, when a teacher was told
-- their request still waits, how many days before a session its reminder goes out, and the settings
-- of the waiting notice and of the late-cancellation notice.
ALTER TABLE booking ADD COLUMN refusal_reason VARCHAR(30);
ALTER TABLE booking ADD COLUMN cancellation_reason VARCHAR(30);
ALTER TABLE booking ADD COLUMN reason_note VARCHAR(500);
ALTER TABLE booking ADD COLUMN late_cancellation BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE booking ADD COLUMN waiting_notice_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE training_offer ADD COLUMN reminder_days INTEGER DEFAULT 2 NOT NULL;

INSERT INTO app_setting (setting_name, setting_value) VALUES ('training.validation.waiting-days', '7');
INSERT INTO app_setting (setting_name, setting_value) VALUES ('training.cancellation.late-days', '2');
