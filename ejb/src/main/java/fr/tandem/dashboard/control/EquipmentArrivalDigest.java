package fr.tandem.dashboard.control;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentEventKind;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.mail.Outbox;
import fr.tandem.platform.mail.PublicUrl;
import fr.tandem.platform.time.Clocks;
import fr.tandem.school.School;
import fr.tandem.training.control.OfferProposals;
import fr.tandem.training.model.ProposedOffer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The inspectors' daily digest of equipment that landed in their schools: read from the equipment's
 * history (a watermark on the previous Paris day: an item created there, or moved there from another
 * school, and still in service there), one mail per inspector of each circonscription concerned,
 * listing the schools, what arrived, and the open offers teaching those types to propose. At most one
 * a Paris day (the outbox key carries the day); nothing when nothing arrived.
 */
@Dependent
public class EquipmentArrivalDigest {

    static final String OFFER_PAGE = "training/offer.xhtml?id=";
    static final String UNTRAINED_PAGE = "training/equipped-untrained.xhtml";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PublicUrl publicUrl;

    @Inject
    OfferProposals proposals;

    /** Mails the digest of the day before {@code now} (Paris); answers how many inspectors were mailed. */
    public int run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Clocks.PARIS);
        Map<Long, Map<School, Map<EquipmentType, Set<Long>>>> byCirconscription = arrivals(
                today.minusDays(1).atStartOfDay(Clocks.PARIS).toInstant(), today.atStartOfDay(Clocks.PARIS).toInstant());
        int mailed = 0;
        for (Map.Entry<Long, Map<School, Map<EquipmentType, Set<Long>>>> entry : byCirconscription.entrySet()) {
            Map<EquipmentType, List<ProposedOffer>> offers = proposals.open(entry.getKey(), now);
            for (Account inspector : inspectorsOf(entry.getKey())) {
                digest(inspector, entry.getValue(), offers, today);
                mailed++;
            }
        }
        return mailed;
    }

    /** Items that landed in a school between the instants, per circonscription id, school and type. */
    private Map<Long, Map<School, Map<EquipmentType, Set<Long>>>> arrivals(Instant from, Instant to) {
        Map<Long, Map<School, Map<EquipmentType, Set<Long>>>> arrivals = new TreeMap<>();
        List<Object[]> events = em.createQuery("select v.kind, v.from, v.to, e from EquipmentEvent v join v.equipment e "
                        + "where v.at >= :from and v.at < :to and v.kind in :kinds order by v.at, v.id", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("kinds", List.of(EquipmentEventKind.CREATED, EquipmentEventKind.MOVED)).getResultList();
        for (Object[] event : events) {
            Equipment item = (Equipment) event[3];
            String destination = uaiOf((String) event[2]);
            boolean arrived = event[0] == EquipmentEventKind.CREATED || !destination.equals(uaiOf((String) event[1]));
            if (arrived && item.status() == EquipmentStatus.IN_SERVICE
                    && item.school().uai().value().equals(destination)) {
                arrivals.computeIfAbsent(item.school().circonscription().id(), c -> new TreeMap<>(
                                Comparator.comparing(School::name).thenComparing(School::id)))
                        .computeIfAbsent(item.school(), s -> new EnumMap<>(EquipmentType.class))
                        .computeIfAbsent(item.type(), t -> new HashSet<>()).add(item.id());
            }
        }
        return arrivals;
    }

    /** The school's UAI of a place as the history writes it ("0341234A / salle 2"). */
    private static String uaiOf(String place) {
        if (place == null) {
            return "";
        }
        int room = place.indexOf(" / ");
        return room < 0 ? place : place.substring(0, room);
    }

    private List<Account> inspectorsOf(long circonscriptionId) {
        return em.createQuery("select a from Account a where a.circonscription.id = :c and :inspector member of a.roles "
                        + "and a.deactivatedAt is null order by a.id", Account.class)
                .setParameter("c", circonscriptionId).setParameter("inspector", Role.INSPECTOR).getResultList();
    }

    private void digest(Account inspector, Map<School, Map<EquipmentType, Set<Long>>> schools,
                        Map<EquipmentType, List<ProposedOffer>> offers, LocalDate today) {
        TextBundle texts = TextBundle.of(TextBundle.MAILS, inspector.language());
        TextBundle types = TextBundle.of(TextBundle.DOCUMENTS, inspector.language());
        StringBuilder lines = new StringBuilder();
        Map<Long, ProposedOffer> proposed = new LinkedHashMap<>();
        schools.forEach((school, arrived) -> {
            lines.append(texts.text("equipmentArrivals.school", school.name(), school.uai().value()));
            arrived.forEach((type, items) -> lines.append(texts.text("equipmentArrivals.items", items.size(),
                    types.text("labels.type." + type))));
            arrived.keySet().forEach(type -> offers.getOrDefault(type, List.of())
                    .forEach(o -> proposed.putIfAbsent(o.offerId(), o)));
        });
        lines.append(proposed.isEmpty() ? texts.text("equipmentArrivals.noOffer") : texts.text("equipmentArrivals.offers"));
        proposed.values().forEach(o -> lines.append(texts.text("equipmentArrivals.offer", o.title(),
                texts.date("training.day.pattern", o.nextSession()), publicUrl.of(OFFER_PAGE + o.offerId()))));
        outbox.enqueue("equipment-arrivals-" + inspector.id() + "-" + today, inspector.email(),
                texts.text("equipmentArrivals.subject", schools.size()),
                texts.text("greeting", inspector.displayName()) + texts.text("equipmentArrivals.body", schools.size())
                        + lines + texts.text("equipmentArrivals.untrained", publicUrl.of(UNTRAINED_PAGE))
                        + texts.text("training.signature"), null, null);
    }
}
