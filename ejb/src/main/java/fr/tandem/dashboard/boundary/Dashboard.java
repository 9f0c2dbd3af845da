package fr.tandem.dashboard.boundary;

import fr.tandem.dashboard.control.DashboardExports;
import fr.tandem.dashboard.control.TrainingSection;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.school.Uai;
import fr.tandem.training.SchoolYear;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The partnership dashboard: city staff, the councillor (read only) and admins see every
 * circonscription; an inspector sees their own. Figures are aggregates per circonscription or
 * school, never per named teacher, and export as CSV and PDF.
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

    public DashboardFigures figures(DashboardFilter filter) {
        DashboardFilter scoped = scoped(filter == null ? new DashboardFilter(null, null, null) : filter);
        SchoolYear year = scoped.schoolYear() == null ? SchoolYear.of(clock.instant()) : new SchoolYear(scoped.schoolYear());
        return new DashboardFigures(scoped, training.of(scoped, year));
    }

    public byte[] csv(DashboardFilter filter) {
        return DashboardExports.csv(figures(filter));
    }

    public byte[] pdf(DashboardFilter filter) {
        return DashboardExports.pdf(figures(filter));
    }

    /** The filter with checked codes, an inspector held to their own circonscription. */
    private DashboardFilter scoped(DashboardFilter filter) {
        String circonscription = blankToNull(filter.circonscriptionCode());
        String school = blankToNull(filter.schoolUai());
        Account me = caller.account();
        if (me.hasRole(Role.INSPECTOR) && !me.hasRole(Role.ADMIN) && !me.hasRole(Role.CITY_STAFF)
                && me.circonscription() != null) {
            circonscription = me.circonscription().code().value();
        }
        return new DashboardFilter(filter.schoolYear(), circonscription == null ? null : Uai.of(circonscription).value(),
                school == null ? null : Uai.of(school).value());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
