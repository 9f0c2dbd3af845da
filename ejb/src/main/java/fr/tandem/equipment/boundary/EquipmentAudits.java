package fr.tandem.equipment.boundary;

import fr.tandem.equipment.AuditCampaign;
import fr.tandem.equipment.AuditFinding;
import fr.tandem.equipment.AuditItem;
import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentDetails;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.control.AuditExports;
import fr.tandem.equipment.control.AuditLines;
import fr.tandem.equipment.model.AuditForm;
import fr.tandem.equipment.model.AuditLine;
import fr.tandem.equipment.model.AuditProgress;
import fr.tandem.equipment.model.AuditSummary;
import fr.tandem.equipment.model.AuditTarget;
import fr.tandem.equipment.model.Sighting;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import fr.tandem.platform.time.Clocks;
import fr.tandem.school.City;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Physical audits of equipment by QR. City staff (and admins) open a campaign over their city's
 * schools (all of them, or a list): the items not retired in those schools at that moment are what it
 * expects. Scanning an item's label records a sighting (room and state); a room or a state that
 * differs is corrected on the item through its normal path (its history keeps the move or the status
 * change). The progress counts seen items per school; a closed campaign keeps its result. Another
 * city's campaign is not found.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF"})
public class EquipmentAudits {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** The campaigns of the caller's city, open ones first, the latest first. */
    public List<AuditSummary> list() {
        Long city = caller.confinedToCityId();
        var query = em.createQuery("select c from AuditCampaign c"
                + (city == null ? "" : " where c.city.id = :city")
                + " order by c.openedAt desc, c.id desc", AuditCampaign.class);
        return (city == null ? query : query.setParameter("city", city)).getResultStream()
                .sorted(Comparator.comparing(c -> !c.open())).map(this::summary).toList();
    }

    /** Opens a campaign; the expected items are the schools' items not retired, now. */
    public AuditSummary open(AuditForm form) {
        if (form == null) {
            throw new RuleViolation("audit.name.required");
        }
        LocalDate today = LocalDate.now(clock.withZone(Clocks.PARIS));
        if (form.dueDate() != null && form.dueDate().isBefore(today)) {
            throw new RuleViolation("audit.dueDate.past", form.dueDate());
        }
        List<School> schools = schools(form.schoolUais());
        City city = schools.get(0).city();
        AuditCampaign campaign = new AuditCampaign(city, form.name(), form.dueDate(), false, caller.username(),
                clock.instant());
        List<Equipment> items = em.createQuery("select e from Equipment e where e.school in :schools "
                        + "and e.status <> :retired order by e.id", Equipment.class)
                .setParameter("schools", schools).setParameter("retired", EquipmentStatus.RETIRED).getResultList();
        if (items.isEmpty()) {
            throw new RuleViolation("audit.noItems");
        }
        em.persist(campaign);
        items.forEach(item -> em.persist(new AuditItem(campaign, item)));
        em.flush();
        return summary(campaign);
    }

    public AuditSummary find(long id) {
        return summary(campaign(id));
    }

    /** Seen out of expected per school, the items not seen and the corrections. */
    public AuditProgress progress(long id) {
        AuditCampaign campaign = campaign(id);
        List<AuditItem> items = items(campaign);
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (AuditItem item : items) {
            String uai = item.school().uai().value();
            names.put(uai, item.school().name());
            long[] count = counts.computeIfAbsent(uai, u -> new long[2]);
            count[0]++;
            count[1] += item.seen() ? 1 : 0;
        }
        List<AuditProgress.School> schools = new ArrayList<>();
        counts.forEach((uai, count) -> schools.add(new AuditProgress.School(uai, names.get(uai), count[0], count[1])));
        return new AuditProgress(summary(campaign), schools,
                items.stream().filter(i -> !i.seen()).map(AuditLines::line).toList(),
                items.stream().filter(AuditItem::corrected).map(AuditLines::line).toList());
    }

    /** The items not seen yet, by school and serial number. */
    public List<AuditLine> notSeen(long id) {
        return items(campaign(id)).stream().filter(i -> !i.seen()).map(AuditLines::line).toList();
    }

    /**
     * Records a sighting of an expected item, found by its id or its serial number; a room or state
     * that differs from the item's is corrected on the item (history kept). A second sighting replaces
     * the first.
     */
    public AuditLine sight(long campaignId, Sighting sighting) {
        if (sighting == null) {
            throw new RuleViolation("audit.finding.required");
        }
        AuditCampaign campaign = campaign(campaignId);
        AuditItem expected = expected(campaign, sighting.equipmentId(), sighting.serialNumber());
        if (sighting.finding() == null) {
            throw new RuleViolation("audit.finding.required");
        }
        String room = Texts.optional(sighting.room(), 100);
        // one sighting of an item at a time: its expected line, then the item, locked in this order and read afresh
        em.refresh(expected, LockModeType.PESSIMISTIC_WRITE);
        Equipment item = expected.equipment();
        em.refresh(item, LockModeType.PESSIMISTIC_WRITE);
        String by = caller.username();
        expected.see(room, sighting.finding(), by, clock.instant());
        if (sighting.finding() != AuditFinding.MISSING) {
            if (!Objects.equals(room, item.room())) {
                EquipmentDetails d = item.details();
                item.update(new EquipmentDetails(d.type(), d.brand(), d.model(), room, d.purchaseDate(), d.price(),
                        d.tneAmount(), d.warrantyEnd()), item.school(), by, clock.instant());
            }
            item.changeStatus(sighting.finding().status(), campaign.name(), by, clock.instant());
        }
        em.flush();
        return AuditLines.line(expected);
    }

    /** Closes the campaign; its result stays. */
    public AuditSummary close(long id) {
        AuditCampaign campaign = campaign(id);
        em.lock(campaign, LockModeType.PESSIMISTIC_WRITE);
        campaign.close(caller.username(), clock.instant());
        em.flush();
        return summary(campaign);
    }

    /** Every expected item with its sighting, as CSV. */
    public byte[] csv(long id) {
        return AuditExports.csv(items(campaign(id)).stream().map(AuditLines::line).toList(),
                caller.account().language());
    }

    /** The progress, the items not seen and the corrections, as a printable PDF. */
    public byte[] pdf(long id) {
        return AuditExports.pdf(progress(id), caller.account().language());
    }

    /**
     * The open campaign of the caller's city that expects this item (the latest opened), for the page
     * a label's QR code opens; empty when none does.
     */
    public Optional<AuditTarget> openTarget(long equipmentId) {
        Long city = caller.confinedToCityId();
        var query = em.createQuery("select i from AuditItem i join fetch i.campaign c where i.equipment.id = :item "
                        + "and c.closedAt is null" + (city == null ? "" : " and c.city.id = :city")
                        + " order by c.openedAt desc, c.id desc", AuditItem.class)
                .setParameter("item", equipmentId);
        return (city == null ? query : query.setParameter("city", city))
                .setMaxResults(1).getResultStream().findFirst()
                .map(i -> new AuditTarget(i.campaign().id(), i.campaign().name(), AuditLines.line(i)));
    }

    /** An item of the campaign found by its id or by the serial number on its label. */
    public AuditTarget target(long campaignId, Long equipmentId, String serialNumber) {
        AuditCampaign campaign = campaign(campaignId);
        AuditItem item = expected(campaign, equipmentId, serialNumber);
        return new AuditTarget(campaign.id(), campaign.name(), AuditLines.line(item));
    }

    private AuditItem expected(AuditCampaign campaign, Long equipmentId, String serialNumber) {
        if (equipmentId == null && (serialNumber == null || serialNumber.isBlank())) {
            throw new RuleViolation("audit.serial.required");
        }
        String serial = equipmentId != null ? null : Equipment.normalizeSerial(serialNumber);
        var query = em.createQuery("select i from AuditItem i where i.campaign = :campaign and "
                + (serial == null ? "i.equipment.id = :item" : "i.equipment.serialNumber = :item"), AuditItem.class)
                .setParameter("campaign", campaign).setParameter("item", serial == null ? equipmentId : serial);
        return query.getResultStream().findFirst().orElseThrow(() -> new NotFound("audit.notExpected",
                serial != null ? serial : String.valueOf(equipmentId)));
    }

    private List<AuditItem> items(AuditCampaign campaign) {
        return em.createQuery("select i from AuditItem i join fetch i.equipment e join fetch i.school s "
                        + "where i.campaign = :campaign order by s.name, s.uai.value, e.serialNumber", AuditItem.class)
                .setParameter("campaign", campaign).getResultList();
    }

    private AuditSummary summary(AuditCampaign c) {
        Object[] counts = em.createQuery("select count(i), count(i.seenAt), count(distinct i.school.id) "
                + "from AuditItem i where i.campaign = :campaign", Object[].class)
                .setParameter("campaign", c).getSingleResult();
        long corrected = items(c).stream().filter(AuditItem::corrected).count();
        return new AuditSummary(c.id(), c.name(), c.dueDate(), c.open(), c.openedAt(), c.openedBy(), c.closedAt(),
                ((Number) counts[2]).intValue(), ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                corrected);
    }

    /** A campaign of the caller's city, or not found. */
    private AuditCampaign campaign(long id) {
        AuditCampaign campaign = em.find(AuditCampaign.class, id);
        Long city = caller.confinedToCityId();
        if (campaign == null || city != null && (campaign.city() == null || !city.equals(campaign.city().id()))) {
            throw new NotFound("audit.notFound");
        }
        return campaign;
    }

    /** The chosen schools of the caller's city, or every school of it when none is chosen. */
    private List<School> schools(List<String> uais) {
        Long city = caller.confinedToCityId();
        Set<String> chosen = new LinkedHashSet<>();
        for (String uai : uais == null ? List.<String>of() : uais) {
            if (uai != null && !uai.isBlank()) {
                chosen.add(Uai.of(uai.strip().toUpperCase(Locale.ROOT)).value());
            }
        }
        if (chosen.isEmpty()) {
            if (city == null) {
                throw new RuleViolation("audit.schools.required");
            }
            return em.createQuery("select s from School s where s.city.id = :city order by s.uai.value", School.class)
                    .setParameter("city", city).getResultList();
        }
        List<School> schools = new ArrayList<>();
        for (String uai : chosen) {
            School school = em.createQuery("select s from School s where s.uai.value = :uai", School.class)
                    .setParameter("uai", uai).getResultStream().findFirst()
                    .filter(s -> city == null || s.city() != null && city.equals(s.city().id()))
                    .orElseThrow(() -> new NotFound("school.notFound", uai));
            schools.add(school);
        }
        schools.sort(Comparator.comparing(s -> s.uai().value()));
        return schools;
    }
}
