package fr.tandem.training.model;

import fr.tandem.training.Modality;
import fr.tandem.training.OfferNature;
import fr.tandem.training.OutsideHours;
import fr.tandem.training.OutsideHoursStatus;
import fr.tandem.training.OutsideProvider;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A declaration of hours done outside Tandem as its teacher and their inspector see it (the
 * certificate is downloaded apart, by the declaration's id).
 */
@Schema(description = "A declaration of hours done outside Tandem.")
public record OutsideHoursSummary(
        @Schema(required = true) long id,
        @Schema(required = true) String teacherUsername,
        @Schema(required = true) String teacherName,
        @Schema(description = "The teacher's school; absent when none.")
        String schoolName,
        @Schema(required = true) String title,
        @Schema(required = true) OutsideProvider provider,
        @Schema(required = true, description = "The day it was done (Paris time).", example = "2027-01-13")
        LocalDate doneOn,
        @Schema(required = true) OfferNature nature,
        @Schema(required = true) Modality modality,
        @Schema(required = true, description = "Its length in minutes.", example = "180")
        int minutes,
        @Schema(required = true, description = "The certificate file's name.")
        String certificateName,
        @Schema(required = true) OutsideHoursStatus status,
        @Schema(description = "The inspector's reason; absent unless refused.")
        String refusalReason,
        @Schema(required = true, description = "When it was declared, an instant written in UTC.")
        Instant declaredAt,
        @Schema(description = "When the inspector decided, an instant written in UTC; absent while it waits.")
        Instant decidedAt) {

    public static OutsideHoursSummary of(OutsideHours o) {
        return new OutsideHoursSummary(o.id(), o.teacher().username(), o.teacher().displayName(),
                o.teacher().school() == null ? null : o.teacher().school().name(), o.title(), o.provider(), o.doneOn(),
                o.nature(), o.modality(), o.minutes(), o.fileName(), o.status(), o.refusalReason(), o.declaredAt(),
                o.decidedAt());
    }
}
