package fr.tandem.training;

/** What the émargement says of a teacher who had a seat: only presence counts toward the hours. */
public enum Attendance {
    PRESENT,
    ABSENT,
    EXCUSED
}
