package fr.tandem.licence;

/** Who, within a school, holds assigned seats. */
public enum AssignmentTarget {
    SCHOOL,
    CLASS,
    TEACHER
}
