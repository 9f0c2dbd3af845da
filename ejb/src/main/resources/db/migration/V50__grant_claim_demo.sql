-- The demo's grant claims (issue 19) load once, after the demo plan.
INSERT INTO app_setting (setting_name, setting_value) VALUES ('demo.claims.loaded', 'no');
