package fr.tandem.equipment.boundary;

import fr.tandem.equipment.Contract;
import fr.tandem.equipment.ContractTerms;
import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.control.ContractEndTopic;
import fr.tandem.equipment.control.ContractNoticeTopic;
import fr.tandem.equipment.control.ContractViews;
import fr.tandem.equipment.model.ContractForm;
import fr.tandem.equipment.model.ContractQuery;
import fr.tandem.equipment.model.ContractSummary;
import fr.tandem.licence.Supplier;
import fr.tandem.licence.control.LicenceLookup;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.Conflict;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.persistence.QueryFilter;
import fr.tandem.platform.reminder.ReminderNotices;
import fr.tandem.platform.time.Clocks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maintenance, rental and support contracts on equipment: city staff (and admins) list, export,
 * create, change and delete their city's; the city is the supplier's (one of the licences'
 * suppliers); items covered are of the same city. Another city's contract is not found. Their
 * notice deadlines and ends are reminded by {@link ContractNoticeTopic} and {@link ContractEndTopic}.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF"})
public class Contracts {

    /** The largest number of items one contract may cover. */
    public static final int MAX_ITEMS = 2000;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    LicenceLookup licences;

    @Inject
    ReminderNotices notices;

    @Inject
    Clock clock;

    public List<ContractSummary> list(ContractQuery query) {
        QueryFilter filter = new QueryFilter();
        Long city = caller.confinedToCityId();
        if (city != null) {
            filter.and("c.city.id = :city", "city", city);
        }
        if (query.text() != null && !query.text().isBlank()) {
            int index = 0;
            for (String word : query.text().strip().split("\\s+")) {
                String name = "w" + index++;
                filter.and("(upper(c.reference) like :" + name + " escape '\\' or upper(c.supplier.name) like :" + name
                        + " escape '\\' or upper(c.note) like :" + name + " escape '\\')", name,
                        "%" + word.toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                                + "%");
            }
        }
        if (query.kind() != null) {
            filter.and("c.kind = :kind", "kind", query.kind());
        }
        if (query.supplierId() != null) {
            filter.and("c.supplier.id = :supplier", "supplier", query.supplierId());
        }
        if (query.endingWithinDays() != null) {
            if (query.endingWithinDays() < 0 || query.endingWithinDays() > 3660) {
                throw new RuleViolation("contract.filter.days");
            }
            LocalDate today = today();
            filter.and("c.endsOn >= :today", "today", today);
            filter.and("c.endsOn <= :until", "until", today.plusDays(query.endingWithinDays()));
        }
        return filter.bind(em.createQuery("select c from Contract c join fetch c.supplier" + filter.where()
                + " order by c.endsOn asc, c.reference asc, c.id asc", Contract.class))
                .getResultStream().map(ContractViews::summary).toList();
    }

    public ContractSummary find(long id) {
        return ContractViews.summary(contract(id, LockModeType.NONE));
    }

    /** The contracts covering an item of the caller's city, soonest end first. */
    public List<ContractSummary> covering(long itemId) {
        Equipment item = item(itemId);
        return em.createQuery("select c from Contract c join c.items i where i = :item order by c.endsOn, c.id",
                Contract.class).setParameter("item", item).getResultStream().map(ContractViews::summary).toList();
    }

    public ContractSummary create(ContractForm form) {
        Contract contract = new Contract(supplier(form), terms(form));
        contract.cover(items(form));
        em.persist(contract);
        em.flush();
        return ContractViews.summary(contract);
    }

    /** Changes a contract; the version read must be the present one (else a conflict). */
    public ContractSummary update(long id, ContractForm form) {
        Contract contract = contract(id, LockModeType.PESSIMISTIC_WRITE);
        if (form.version() != null && form.version() != contract.version()) {
            throw new Conflict("concurrent.change");
        }
        contract.revise(supplier(form), terms(form));
        contract.cover(items(form));
        em.flush();
        return ContractViews.summary(contract);
    }

    /** Deletes a contract, its items' links and its reminders. */
    public void delete(long id) {
        Contract contract = contract(id, LockModeType.PESSIMISTIC_WRITE);
        contract.cover(List.of());
        notices.forget(List.of(ContractNoticeTopic.NAME, ContractEndTopic.NAME), contract.id());
        em.remove(contract);
        em.flush();
    }

    /** Every contract matching the query (not one page) as CSV, in the caller's language. */
    public byte[] csv(ContractQuery query) {
        return ContractViews.csv(list(query), TextBundle.of(TextBundle.DOCUMENTS, caller.account().language()));
    }

    private Contract contract(long id, LockModeType lock) {
        Contract contract = em.find(Contract.class, id, lock);
        Long city = caller.confinedToCityId();
        if (contract == null || city != null && !city.equals(contract.city().id())) {
            throw new NotFound("contract.notFound");
        }
        return contract;
    }

    private Supplier supplier(ContractForm form) {
        if (form.supplierId() == null) {
            throw new RuleViolation("contract.supplier.required");
        }
        return licences.supplier(form.supplierId());
    }

    private static ContractTerms terms(ContractForm form) {
        return new ContractTerms(form.reference(), form.kind(), form.startsOn(), form.endsOn(), form.yearlyCost(),
                form.noticeDays(), form.note(), Boolean.TRUE.equals(form.tacitRenewal()));
    }

    private List<Equipment> items(ContractForm form) {
        List<Long> ids = form.itemIds() == null ? List.of() : form.itemIds().stream().distinct().toList();
        if (ids.size() > MAX_ITEMS) {
            throw new RuleViolation("contract.items.tooMany", MAX_ITEMS);
        }
        List<Equipment> items = new ArrayList<>();
        for (Long id : ids) {
            items.add(item(id));
        }
        return items;
    }

    private Equipment item(Long id) {
        Equipment item = id == null ? null : em.find(Equipment.class, id);
        Long city = caller.confinedToCityId();
        if (item == null || city != null && (item.school().city() == null
                || !city.equals(item.school().city().id()))) {
            throw new NotFound("equipment.notFound");
        }
        return item;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Clocks.PARIS);
    }
}
