-- Issue 18 (costs): the demo's interventions and seats on tablets are loaded once.
INSERT INTO app_setting (setting_name, setting_value) VALUES ('demo.maintenance.loaded', 'no');
