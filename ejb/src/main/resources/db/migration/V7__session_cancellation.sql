-- A session the inspector cancels keeps its history; its bookings are cancelled with notice.
ALTER TABLE training_session ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
