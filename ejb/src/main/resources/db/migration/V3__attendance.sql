-- Émargement: present, absent or excused, for bookings that had a seat. Hours come from it.
ALTER TABLE booking ADD COLUMN attendance VARCHAR(10);
CREATE INDEX booking_attendance_ix ON booking (teacher_id, attendance);
