-- Failed logins per username (existing or not), so that repeated failures lock the name for a
-- while on every server; a successful login removes the row.
CREATE TABLE login_throttle (
    username      VARCHAR(60) NOT NULL PRIMARY KEY,
    failures      INTEGER     NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE
);
