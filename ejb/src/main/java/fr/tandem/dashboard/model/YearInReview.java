package fr.tandem.dashboard.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A school year in review for the partnership's steering committee, with the year before beside it:
 * equipment delivered, money spent and granted, training hours, licence seats and requests, for the
 * reader's scope (a city, a circonscription, or every city).
 *
 * @param scope  what the figures cover: a city's or a circonscription's name, empty for every city
 * @param madeAt when the figures were read
 */
@Schema(description = "A school year in review (current) beside the year before (previous).")
public record YearInReview(
        @Schema(required = true, description = "What the figures cover: a city's or a circonscription's name; empty for every "
                + "city.")
        String scope,
        @Schema(required = true, description = "When the figures were read, an instant written in UTC.")
        Instant madeAt,
        @Schema(required = true) Year current,
        @Schema(required = true) Year previous) {

    /**
     * One school year's figures.
     *
     * @param deliveredByType items bought during the year (their purchase date), per equipment type name
     * @param money           null for the inspectorate (prices are the city's business)
     */
    @Schema(name = "ReviewYear", description = "One school year's figures.")
    public record Year(
            @Schema(required = true, example = "2026-2027") String schoolYear,
            @Schema(required = true, description = "Items bought during the year (purchase date), per equipment type name.")
            Map<String, Long> deliveredByType,
            Money money,
            @Schema(required = true) Training training,
            @Schema(required = true) Licences licences,
            @Schema(required = true) Requests requests) {
    }

    /**
     * Money of the year in euros: equipment bought and its TNE part, licences valid during the year and
     * their grants (as the dashboard splits them), interventions on equipment.
     */
    @Schema(name = "ReviewMoney", description = "Money of the year, in euros.")
    public record Money(
            @Schema(required = true, description = "Equipment bought.", example = "12500.00")
            BigDecimal equipment,
            @Schema(required = true, description = "Its TNE part.") BigDecimal equipmentTne,
            @Schema(required = true, description = "Licences valid during the year.")
            BigDecimal licences,
            @Schema(required = true, description = "Their grants.") BigDecimal licenceGrants,
            @Schema(required = true, description = "Interventions on equipment.")
            BigDecimal interventions) {

        public BigDecimal spent() {
            return equipment.add(licences).add(interventions);
        }

        public BigDecimal granted() {
            return equipmentTne.add(licenceGrants);
        }
    }

    /** Training hours of the year, aggregated as on the dashboard (per-teacher figures null under the privacy minimum). */
    @Schema(name = "ReviewTraining", description = "Training hours of the year, aggregated; durations in minutes.")
    public record Training(
            @Schema(required = true) int teachers,
            @Schema(required = true, description = "The privacy minimum.", example = "5")
            int minGroup,
            @Schema(description = "Teachers who did all their hours; absent under the privacy minimum.")
            Integer teachersComplete,
            @Schema(description = "Absent under the privacy minimum.") Long minutesDue,
            @Schema(description = "Absent under the privacy minimum.") Long minutesDone) {
    }

    /** Licences valid during the year, their seats assigned to schools and used (GAR counts). */
    @Schema(name = "ReviewLicences", description = "Licences valid during the year and their seats.")
    public record Licences(
            @Schema(required = true) int licences,
            @Schema(required = true) long seatsAssigned,
            @Schema(required = true, description = "Seats used (GAR counts).")
            long seatsUsed) {
    }

    /** Requests opened during the year, and of those answered or resolved how many within the service level. */
    @Schema(name = "ReviewRequests", description = "Requests opened during the year, and of those answered or resolved how many within the service "
                + "level.")
    public record Requests(
            @Schema(required = true) long opened,
            @Schema(required = true) long answered,
            @Schema(required = true) long answeredOnTime,
            @Schema(required = true) long resolved,
            @Schema(required = true) long resolvedOnTime) {
    }

    /** How a figure is written. */
    public enum Unit {
        COUNT,
        MONEY,
        /** Minutes, written as hours. */
        HOURS,
        /** A whole percentage; its change is in points. */
        PERCENT
    }

    /**
     * One figure of a theme, this year and the year before (null when not shown).
     *
     * @param key     the figure's name in the bundles ("review.figure." + key)
     * @param charted whether the theme's chart draws it
     */
    public record Figure(String key, Unit unit, Number current, Number previous, boolean charted) {

        /** This year minus the year before, or null when either is missing. */
        public Number change() {
            if (current == null || previous == null) {
                return null;
            }
            return unit == Unit.MONEY ? ((BigDecimal) current).subtract((BigDecimal) previous)
                    : (Number) (current.longValue() - previous.longValue());
        }
    }

    /**
     * A theme of the review and its figures.
     *
     * @param key the theme's name in the bundles ("review.theme." + key)
     */
    public record Theme(String key, List<Figure> figures) {

        public List<Figure> charted() {
            return figures.stream().filter(Figure::charted).toList();
        }
    }

    /** The themes as pages and the PDF show them, in order; money only when the reader sees it. */
    public List<Theme> themes() {
        List<Theme> themes = new ArrayList<>();
        List<Figure> delivered = new ArrayList<>();
        current.deliveredByType().forEach((type, count) -> delivered.add(new Figure("delivered." + type, Unit.COUNT,
                count, previous.deliveredByType().getOrDefault(type, 0L), true)));
        delivered.add(new Figure("delivered.total", Unit.COUNT, total(current.deliveredByType()),
                total(previous.deliveredByType()), false));
        themes.add(new Theme("equipment", delivered));
        if (current.money() != null && previous.money() != null) {
            Money now = current.money();
            Money before = previous.money();
            themes.add(new Theme("money", List.of(
                    new Figure("money.equipment", Unit.MONEY, now.equipment(), before.equipment(), true),
                    new Figure("money.equipmentTne", Unit.MONEY, now.equipmentTne(), before.equipmentTne(), true),
                    new Figure("money.licences", Unit.MONEY, now.licences(), before.licences(), true),
                    new Figure("money.licenceGrants", Unit.MONEY, now.licenceGrants(), before.licenceGrants(), true),
                    new Figure("money.interventions", Unit.MONEY, now.interventions(), before.interventions(), true),
                    new Figure("money.spent", Unit.MONEY, now.spent(), before.spent(), false),
                    new Figure("money.granted", Unit.MONEY, now.granted(), before.granted(), false))));
        }
        Training trained = current.training();
        Training trainedBefore = previous.training();
        themes.add(new Theme("training", List.of(
                new Figure("training.teachers", Unit.COUNT, trained.teachers(), trainedBefore.teachers(), false),
                new Figure("training.complete", Unit.COUNT, trained.teachersComplete(), trainedBefore.teachersComplete(),
                        false),
                new Figure("training.due", Unit.HOURS, trained.minutesDue(), trainedBefore.minutesDue(), true),
                new Figure("training.done", Unit.HOURS, trained.minutesDone(), trainedBefore.minutesDone(), true),
                new Figure("training.share", Unit.PERCENT, percent(trained.minutesDone(), trained.minutesDue()),
                        percent(trainedBefore.minutesDone(), trainedBefore.minutesDue()), false))));
        Licences seats = current.licences();
        Licences seatsBefore = previous.licences();
        themes.add(new Theme("licences", List.of(
                new Figure("licences.count", Unit.COUNT, seats.licences(), seatsBefore.licences(), false),
                new Figure("licences.assigned", Unit.COUNT, seats.seatsAssigned(), seatsBefore.seatsAssigned(), true),
                new Figure("licences.used", Unit.COUNT, seats.seatsUsed(), seatsBefore.seatsUsed(), true),
                new Figure("licences.share", Unit.PERCENT, percent(seats.seatsUsed(), seats.seatsAssigned()),
                        percent(seatsBefore.seatsUsed(), seatsBefore.seatsAssigned()), false))));
        Requests asked = current.requests();
        Requests askedBefore = previous.requests();
        themes.add(new Theme("requests", List.of(
                new Figure("requests.opened", Unit.COUNT, asked.opened(), askedBefore.opened(), true),
                new Figure("requests.resolved", Unit.COUNT, asked.resolved(), askedBefore.resolved(), true),
                new Figure("requests.resolvedOnTime", Unit.PERCENT, percent(asked.resolvedOnTime(), asked.resolved()),
                        percent(askedBefore.resolvedOnTime(), askedBefore.resolved()), false),
                new Figure("requests.answeredOnTime", Unit.PERCENT, percent(asked.answeredOnTime(), asked.answered()),
                        percent(askedBefore.answeredOnTime(), askedBefore.answered()), false))));
        return themes;
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Long percent(Number part, Number whole) {
        return part == null || whole == null || whole.longValue() == 0 ? null
                : Math.round(part.longValue() * 100.0 / whole.longValue());
    }
}
