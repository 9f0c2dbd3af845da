-- Issue 19 (year in review): the demo's previous school year beside the current one is loaded once.
INSERT INTO app_setting (setting_name, setting_value) VALUES ('demo.review.loaded', 'no');
