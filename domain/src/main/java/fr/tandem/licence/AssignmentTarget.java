package fr.tandem.licence;

/** Who, within a school, holds assigned seats: the whole school, a class, a teacher or a device (an equipment item). */
public enum AssignmentTarget {
    SCHOOL,
    CLASS,
    TEACHER,
    DEVICE
}
