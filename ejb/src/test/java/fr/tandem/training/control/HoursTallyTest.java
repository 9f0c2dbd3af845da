package fr.tandem.training.control;

import fr.tandem.training.HoursDue;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferNature;
import fr.tandem.training.OutsideProvider;
import fr.tandem.training.SchoolYear;
import fr.tandem.training.model.HoursSummary;
import fr.tandem.training.model.HoursSummary.AttendedSession;
import fr.tandem.training.model.HoursSummary.OutsideSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

class HoursTallyTest {

    private static final SchoolYear YEAR = new SchoolYear(2026);
    private static final Instant DAY = Instant.parse("2026-11-18T08:00:00Z");

    private static AttendedSession session(int minutes, OfferNature nature, Modality modality) {
        return new AttendedSession("Formation", DAY, minutes, nature, OfferCategory.OPTIONNELLE, modality);
    }

    @Test
    void splitsByNatureAndModalityAndSaysWhatIsMissing() {
        HoursSummary cut = HoursTally.of(YEAR, HoursDue.prorata(75), List.of(
                session(90, OfferNature.ANIMATION_PEDAGOGIQUE, Modality.PRESENTIEL),
                session(150, OfferNature.FORMATION_CONTINUE, Modality.HYBRIDE),
                session(30, OfferNature.FORMATION_CONTINUE, Modality.DISTANCE)), List.of());
        assertThat(cut.minutesDue(), is(810));
        assertThat(cut.minutesDone(), is(270));
        assertThat(cut.minutesRemaining(), is(540));
        assertThat(cut.animationMinutes(), is(90));
        assertThat(cut.formationContinueMinutes(), is(180));
        assertThat(cut.formationContinueMissingMinutes(), is(405 - 180));
        assertThat(cut.distanceMinutes(), is(30));
        assertThat(cut.onSiteMinutes(), is(240));
        assertThat(cut.optionnelleMinutes(), is(270));
    }

    @Test
    void noMoreThanNineHoursAtADistanceCount() {
        HoursSummary cut = HoursTally.of(YEAR, HoursDue.prorata(100), List.of(
                session(6 * 60, OfferNature.FORMATION_CONTINUE, Modality.DISTANCE),
                session(6 * 60, OfferNature.FORMATION_CONTINUE, Modality.DISTANCE),
                session(3 * 60, OfferNature.ANIMATION_PEDAGOGIQUE, Modality.PRESENTIEL)), List.of());
        assertThat(cut.distanceMinutes(), is(12 * 60));
        assertThat(cut.distanceNotCountedMinutes(), is(3 * 60));
        assertThat(cut.minutesDone(), is(12 * 60));
        assertThat(cut.minutesRemaining(), is(6 * 60));
        assertThat(cut.formationContinueMissingMinutes(), is(0));
    }

    @Test
    void hoursDoneOutsideCountByNatureAndModalityUnderTheSameDistanceCap() {
        HoursSummary cut = HoursTally.of(YEAR, HoursDue.prorata(100), List.of(
                session(6 * 60, OfferNature.FORMATION_CONTINUE, Modality.DISTANCE),
                session(3 * 60, OfferNature.ANIMATION_PEDAGOGIQUE, Modality.PRESENTIEL)), List.of(
                new OutsideSession("m@gistère", OutsideProvider.MAGISTERE, LocalDate.of(2026, 11, 20), 5 * 60,
                        OfferNature.FORMATION_CONTINUE, Modality.DISTANCE),
                new OutsideSession("Constellation", OutsideProvider.CONSTELLATION, LocalDate.of(2026, 12, 2), 2 * 60,
                        OfferNature.ANIMATION_PEDAGOGIQUE, Modality.PRESENTIEL)));
        assertThat(cut.outsideMinutes(), is(7 * 60));
        assertThat(cut.distanceMinutes(), is(11 * 60));
        assertThat(cut.distanceNotCountedMinutes(), is(2 * 60));
        assertThat(cut.onSiteMinutes(), is(5 * 60));
        assertThat(cut.minutesDone(), is(14 * 60));
        assertThat(cut.formationContinueMinutes(), is(11 * 60));
        assertThat(cut.animationMinutes(), is(5 * 60));
        assertThat(cut.outside().size(), is(2));
    }
}
