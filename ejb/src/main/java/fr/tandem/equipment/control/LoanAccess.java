package fr.tandem.equipment.control;

import fr.tandem.equipment.Kit;
import fr.tandem.equipment.LoanPool;
import fr.tandem.equipment.Reservation;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.school.School;
import fr.tandem.school.control.CityConfinement;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Who sees and who manages the loans: a pool is seen in its city (a school's pool by that school and
 * the city's staff); it is managed by the city's staff, by the owning school's head teacher, and by
 * administrators. What the caller may not see is not found.
 */
@Dependent
public class LoanAccess {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    /** The caller's city (their school's for teachers), null for administrators (every city). */
    public Long cityId() {
        if (caller.is(Role.ADMIN)) {
            return null;
        }
        if (caller.is(Role.CITY_STAFF) || caller.is(Role.COUNCILLOR)) {
            return caller.confinedToCityId();
        }
        School school = caller.account().school();
        return school == null || school.city() == null ? CityConfinement.NO_CITY : school.city().id();
    }

    /** The school of a teacher or head teacher, or null. */
    public School ownSchool() {
        if (caller.is(Role.ADMIN) || caller.is(Role.CITY_STAFF)) {
            return null;
        }
        return caller.account().school();
    }

    public boolean sees(LoanPool pool) {
        Long city = cityId();
        if (city != null && !city.equals(pool.city().id())) {
            return false;
        }
        if (pool.school() == null || caller.is(Role.ADMIN) || caller.is(Role.CITY_STAFF)) {
            return true;
        }
        School own = ownSchool();
        return own != null && own.id().equals(pool.school().id());
    }

    public boolean manages(LoanPool pool) {
        if (!sees(pool)) {
            return false;
        }
        if (caller.is(Role.ADMIN) || caller.is(Role.CITY_STAFF)) {
            return true;
        }
        return caller.is(Role.HEAD_TEACHER) && pool.school() != null;
    }

    public LoanPool pool(long id) {
        LoanPool pool = em.find(LoanPool.class, id);
        if (pool == null || !sees(pool)) {
            throw new NotFound("loans.pool.notFound");
        }
        return pool;
    }

    public LoanPool managedPool(long id) {
        LoanPool pool = pool(id);
        if (!manages(pool)) {
            throw new NotFound("loans.pool.notFound");
        }
        return pool;
    }

    public Kit kit(long id) {
        return kit(id, LockModeType.NONE);
    }

    /** A kit the caller sees, its row locked until the transaction ends when asked. */
    public Kit kit(long id, LockModeType lock) {
        Kit kit = em.find(Kit.class, id, lock);
        if (kit == null || !sees(kit.pool())) {
            throw new NotFound("loans.kit.notFound");
        }
        return kit;
    }

    /** A reservation the caller may see: theirs, or one of a pool they manage. */
    public Reservation reservation(long id) {
        Reservation reservation = em.find(Reservation.class, id);
        if (reservation == null || !(mine(reservation) || manages(reservation.kit().pool()))) {
            throw new NotFound("loans.reservation.notFound");
        }
        return reservation;
    }

    /** A reservation of a pool the caller manages, its row locked. */
    public Reservation managedReservation(long id) {
        Reservation reservation = em.find(Reservation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (reservation == null || !manages(reservation.kit().pool())) {
            throw new NotFound("loans.reservation.notFound");
        }
        return reservation;
    }

    public boolean mine(Reservation reservation) {
        return reservation.requester().username().equals(caller.username());
    }

    public Account account() {
        return caller.account();
    }

    public String username() {
        return caller.username();
    }
}
