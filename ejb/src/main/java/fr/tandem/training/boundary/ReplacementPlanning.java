package fr.tandem.training.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.time.Clocks;
import fr.tandem.training.control.ReplacementNeeds;
import fr.tandem.training.model.ReplacementDay;
import fr.tandem.training.model.StaffAbsence;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Replacements for sessions held on class time: per day, how many replacement teachers the
 * inspector's circonscription needs and for which schools (every circonscription for an admin);
 * for a head teacher, which teachers of their school will be away and when.
 */
@Stateless
public class ReplacementPlanning {

    /** The period shown when none is given: three months from today. */
    static final int DEFAULT_MONTHS = 3;

    @Inject
    ReplacementNeeds needs;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** The days from {@code from} to {@code to} included (Paris time; null: today, three months on). */
    @RolesAllowed({"INSPECTOR", "ADMIN"})
    public List<ReplacementDay> days(LocalDate from, LocalDate to) {
        LocalDate first = from == null ? LocalDate.now(clock.withZone(Clocks.PARIS)) : from;
        LocalDate last = to == null ? first.plusMonths(DEFAULT_MONTHS) : to;
        if (last.isBefore(first)) {
            throw new RuleViolation("replacements.period.order");
        }
        Account me = caller.account();
        Long circonscription = me.hasRole(Role.INSPECTOR) && me.circonscription() != null
                ? me.circonscription().id() : null;
        if (circonscription == null && !me.hasRole(Role.ADMIN)) {
            return List.of();
        }
        return needs.days(circonscription, first.atStartOfDay(Clocks.PARIS).toInstant(),
                last.plusDays(1).atStartOfDay(Clocks.PARIS).toInstant());
    }

    /** The teachers of the head teacher's school away for sessions held on class time, soonest first. */
    @RolesAllowed("HEAD_TEACHER")
    public List<StaffAbsence> schoolAbsences() {
        Account me = caller.account();
        return me.school() == null ? List.of() : needs.absences(me.school(), clock.instant());
    }
}
