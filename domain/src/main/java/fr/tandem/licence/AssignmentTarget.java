package fr.tandem.licence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who, within a school, holds assigned seats: the whole school, a class, a teacher or a device (an equipment item). */
@Schema(description = "Who, within a school, holds assigned seats: the whole SCHOOL, a CLASS, a TEACHER or a "
        + "DEVICE (an equipment item).")
public enum AssignmentTarget {
    SCHOOL,
    CLASS,
    TEACHER,
    DEVICE
}
