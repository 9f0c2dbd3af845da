package fr.tandem.training.control;

import fr.tandem.training.Booking;
import fr.tandem.training.HoursDue;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferNature;
import fr.tandem.training.OutsideHours;
import fr.tandem.training.SchoolYear;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.model.HoursSummary;
import fr.tandem.training.model.HoursSummary.AttendedSession;
import fr.tandem.training.model.HoursSummary.OutsideSession;
import java.util.Comparator;
import java.util.List;

/**
 * Adds up a teacher's attended sessions and validated hours done outside Tandem of a school year
 * against the 18 hours: at most 9 hours
 * at a distance count, and at least half of the hours due must be formation continue.
 */
public final class HoursTally {

    /** The most a teacher may do at a distance (m@gistère) in a year. */
    public static final int DISTANCE_CAP_MINUTES = 9 * 60;

    private HoursTally() {
    }

    /** The sessions behind bookings marked present. */
    public static List<AttendedSession> attended(List<Booking> present) {
        return present.stream().sorted(Comparator.comparing(b -> b.session().startsAt())).map(b -> {
            TrainingOffer offer = b.session().offer();
            return new AttendedSession(offer.title(), b.session().startsAt(), offer.minutesCredited(), offer.nature(),
                    offer.category(), offer.modality());
        }).toList();
    }

    /** Validated declarations of hours done outside Tandem, by day. */
    public static List<OutsideSession> outside(List<OutsideHours> validated) {
        return validated.stream().sorted(Comparator.comparing(OutsideHours::doneOn))
                .map(o -> new OutsideSession(o.title(), o.provider(), o.doneOn(), o.minutes(), o.nature(), o.modality()))
                .toList();
    }

    /**
     * The sessions and the validated hours done outside Tandem against the hours due (the
     * circonscription's rule today, or what a closed year froze): both count by nature and modality,
     * under one distance cap.
     */
    public static HoursSummary of(SchoolYear year, HoursDue hoursDue, List<AttendedSession> sessions,
                                  List<OutsideSession> outside) {
        int percent = hoursDue.percent();
        int due = hoursDue.minutes();
        int distance = 0;
        int onSite = 0;
        int formationContinue = 0;
        int animation = 0;
        int[] byCategory = new int[3];
        for (AttendedSession session : sessions) {
            if (session.modality() == Modality.DISTANCE) {
                distance += session.minutes();
            } else {
                onSite += session.minutes();
            }
            if (session.nature() == OfferNature.FORMATION_CONTINUE) {
                formationContinue += session.minutes();
            } else {
                animation += session.minutes();
            }
            byCategory[session.category().ordinal()] += session.minutes();
        }
        int outsideMinutes = 0;
        for (OutsideSession hours : outside) {
            outsideMinutes += hours.minutes();
            if (hours.modality() == Modality.DISTANCE) {
                distance += hours.minutes();
            } else {
                onSite += hours.minutes();
            }
            if (hours.nature() == OfferNature.FORMATION_CONTINUE) {
                formationContinue += hours.minutes();
            } else {
                animation += hours.minutes();
            }
        }
        int distanceNotCounted = Math.max(0, distance - DISTANCE_CAP_MINUTES);
        int done = onSite + distance - distanceNotCounted;
        return new HoursSummary(year.label(), percent, due, done, Math.max(0, due - done), animation, formationContinue,
                Math.max(0, (due + 1) / 2 - formationContinue), byCategory[0], byCategory[1], byCategory[2], distance,
                distanceNotCounted, onSite, sessions, hoursDue.source(), hoursDue.circonscription(), outsideMinutes, outside);
    }
}
