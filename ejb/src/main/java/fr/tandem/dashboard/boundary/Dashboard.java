package fr.tandem.dashboard.boundary;

import fr.tandem.dashboard.control.DashboardExports;
import fr.tandem.dashboard.control.EquipmentSection;
import fr.tandem.dashboard.control.EquipmentTrainingSection;
import fr.tandem.dashboard.control.LicenceSection;
import fr.tandem.dashboard.control.RequestSection;
import fr.tandem.dashboard.control.SatisfactionSection;
import fr.tandem.dashboard.control.TrainingSection;
import fr.tandem.dashboard.control.YearInReviewPdf;
import fr.tandem.dashboard.control.YearReview;
import fr.tandem.dashboard.model.DashboardFigures;
import fr.tandem.dashboard.model.DashboardFilter;
import fr.tandem.dashboard.model.EquipmentFigures;
import fr.tandem.dashboard.model.EquipmentTrainingFigures;
import fr.tandem.dashboard.model.LicenceFigures;
import fr.tandem.dashboard.model.SatisfactionFigures;
import fr.tandem.dashboard.model.YearInReview;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.Language;
import fr.tandem.school.Uai;
import fr.tandem.training.SchoolYear;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The partnership dashboard: city staff and the councillor (read only) see their city's schools,
 * money included; admins see every city's (or one city's, as they filter); an inspector sees their
 * own circonscription across cities, without money (prices are the city's business).
 * Figures are aggregates per circonscription or school, never per named teacher, and export as
 * CSV and PDF. The teachers' satisfaction with their resolved requests, per month and category, and
 * the requests the knowledge base spared are a section of their own, with its own CSV; so is the
 * equipment in service against the teachers trained on it. The year in review sets a school year
 * beside the one before, for the partnership's steering committee, as figures and a PDF.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF", "COUNCILLOR", "INSPECTOR"})
public class Dashboard {

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    TrainingSection training;

    @Inject
    LicenceSection licences;

    @Inject
    EquipmentSection equipment;

    @Inject
    RequestSection requests;

    @Inject
    SatisfactionSection satisfaction;

    @Inject
    YearReview review;

    @Inject
    EquipmentTrainingSection equipmentTraining;

    public DashboardFigures figures(DashboardFilter filter) {
        DashboardFilter scoped = scoped(filter == null ? new DashboardFilter(null, null, null) : filter);
        SchoolYear year = scoped.schoolYear() == null ? SchoolYear.of(clock.instant()) : new SchoolYear(scoped.schoolYear());
        LicenceFigures licenceFigures = licences.of(scoped, year);
        EquipmentFigures equipmentFigures = equipment.of(scoped, year);
        boolean money = seesMoney();
        return new DashboardFigures(scoped, training.of(scoped, year),
                money ? licenceFigures : licenceFigures.withoutMoney(),
                money ? equipmentFigures : equipmentFigures.withoutMoney(), requests.of(scoped, year));
    }

    /** The teachers' satisfaction and the requests spared, in the school year and schools of the filter. */
    public SatisfactionFigures satisfaction(DashboardFilter filter) {
        DashboardFilter scoped = scoped(filter == null ? new DashboardFilter(null, null, null) : filter);
        SchoolYear year = scoped.schoolYear() == null ? SchoolYear.of(clock.instant()) : new SchoolYear(scoped.schoolYear());
        return satisfaction.of(scoped, year, caller.account().language());
    }

    /** Equipment in service against the teachers trained on it, in the schools of the filter (aggregates only). */
    public EquipmentTrainingFigures equipmentTraining(DashboardFilter filter) {
        return equipmentTraining.of(scoped(filter == null ? new DashboardFilter(null, null, null) : filter));
    }

    public byte[] satisfactionCsv(DashboardFilter filter) {
        return SatisfactionSection.csv(satisfaction(filter), caller.account().language());
    }

    public byte[] csv(DashboardFilter filter) {
        return DashboardExports.csv(figures(filter), caller.account().language());
    }

    public byte[] pdf(DashboardFilter filter) {
        return DashboardExports.pdf(figures(filter), caller.account().language());
    }

    /**
     * The school year (its starting year; the current one when null) and the year before, in the caller's
     * scope: their city, their circonscription, or every city (an administrator may name one).
     */
    public YearInReview yearInReview(Integer schoolYear, Long cityId) {
        DashboardFilter scoped = scoped(new DashboardFilter(schoolYear, null, null, cityId));
        SchoolYear year = scoped.schoolYear() == null ? SchoolYear.of(clock.instant()) : new SchoolYear(scoped.schoolYear());
        boolean money = seesMoney();
        return new YearInReview(review.scopeName(scoped), clock.instant(), review.of(scoped, year, money),
                review.of(scoped, new SchoolYear(year.startYear() - 1), money));
    }

    /** The year in review as a PDF, in the language asked for. */
    public byte[] yearInReviewPdf(Integer schoolYear, Long cityId, Language language) {
        return YearInReviewPdf.of(yearInReview(schoolYear, cityId), language);
    }

    /** The school years a review can be asked for: those with data, newest first. */
    public List<Integer> reviewYears() {
        return review.yearsWithData(clock.instant());
    }

    /** The inspectorate alone: it reads its own circonscription and no money. */
    private boolean inspectorateOnly() {
        Account me = caller.account();
        return me.hasRole(Role.INSPECTOR) && !me.hasRole(Role.ADMIN) && !me.hasRole(Role.CITY_STAFF)
                && !me.hasRole(Role.COUNCILLOR);
    }

    private boolean seesMoney() {
        return !inspectorateOnly();
    }

    /** The filter with checked codes, an inspector held to their own circonscription, city staff to their city. */
    private DashboardFilter scoped(DashboardFilter filter) {
        String circonscription = blankToNull(filter.circonscriptionCode());
        String school = blankToNull(filter.schoolUai());
        Account me = caller.account();
        if (inspectorateOnly() && me.circonscription() != null) {
            circonscription = me.circonscription().code().value();
        }
        Long confinedCity = caller.confinedToCityId();
        return new DashboardFilter(filter.schoolYear(), circonscription == null ? null : Uai.of(circonscription).value(),
                school == null ? null : Uai.of(school).value(), confinedCity != null ? confinedCity : filter.cityId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
