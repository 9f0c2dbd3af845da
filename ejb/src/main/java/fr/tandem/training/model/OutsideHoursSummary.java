package fr.tandem.training.model;

import fr.tandem.training.Modality;
import fr.tandem.training.OfferNature;
import fr.tandem.training.OutsideHours;
import fr.tandem.training.OutsideHoursStatus;
import fr.tandem.training.OutsideProvider;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A declaration of hours done outside Tandem as its teacher and their inspector see it (the
 * certificate is downloaded apart, by the declaration's id).
 */
public record OutsideHoursSummary(long id, String teacherUsername, String teacherName, String schoolName,
                                  String title, OutsideProvider provider, LocalDate doneOn, OfferNature nature,
                                  Modality modality, int minutes, String certificateName, OutsideHoursStatus status,
                                  String refusalReason, Instant declaredAt, Instant decidedAt) {

    public static OutsideHoursSummary of(OutsideHours o) {
        return new OutsideHoursSummary(o.id(), o.teacher().username(), o.teacher().displayName(),
                o.teacher().school() == null ? null : o.teacher().school().name(), o.title(), o.provider(), o.doneOn(),
                o.nature(), o.modality(), o.minutes(), o.fileName(), o.status(), o.refusalReason(), o.declaredAt(),
                o.decidedAt());
    }
}
