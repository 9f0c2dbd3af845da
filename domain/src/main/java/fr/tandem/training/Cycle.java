package fr.tandem.training;

import fr.tandem.school.SchoolKind;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The cycles of primary school a target public is drawn from: cycle 1 (maternelle), cycle 2
 * (CP to CE2) and cycle 3 (CM1, CM2). Tandem knows a teacher's school, not their class, so a
 * teacher belongs to every cycle their school teaches.
 */
@Schema(description = "A cycle of primary school: C1 maternelle, C2 CP to CE2, C3 CM1 and CM2.")
public enum Cycle {
    C1,
    C2,
    C3;

    /** The cycles a kind of school teaches. */
    public static Set<Cycle> of(SchoolKind kind) {
        return switch (kind) {
            case MATERNELLE, MATERNELLE_APPLICATION -> EnumSet.of(C1);
            case ELEMENTAIRE, ELEMENTAIRE_APPLICATION, ELEMENTAIRE_SPECIALISEE -> EnumSet.of(C2, C3);
            case PRIMAIRE, PRIMAIRE_APPLICATION -> EnumSet.allOf(Cycle.class);
        };
    }
}
