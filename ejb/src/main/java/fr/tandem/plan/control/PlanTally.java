package fr.tandem.plan.control;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.plan.DigitalPlan;
import fr.tandem.plan.PlanEnvelope;
import fr.tandem.plan.PlanLine;
import fr.tandem.plan.PlanLineKind;
import fr.tandem.plan.PlanLineState;
import fr.tandem.plan.Programme;
import fr.tandem.plan.model.PlanAmounts;
import fr.tandem.plan.model.PlanFigures;
import fr.tandem.plan.model.PlanGroup;
import fr.tandem.plan.model.ProgrammeFigures;
import fr.tandem.plan.model.TypeCount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Adds up a plan's lines: per school year, per school, per programme, and the items planned and
 * linked per equipment type. Without amounts, only the counts are kept.
 */
public final class PlanTally {

    /** The key of the lines for the city's schools as a whole. */
    public static final String CITY_WIDE = "CITY";

    private PlanTally() {
    }

    /**
     * The figures of the lines given; {@code programme}: the one programme the lines were kept to
     * (null: all, and every envelope of the plan gets its row even without lines).
     */
    public static PlanFigures of(DigitalPlan plan, List<PlanLine> lines, Programme programme, boolean amounts) {
        Map<String, List<PlanLine>> years = new TreeMap<>();
        Map<String, List<PlanLine>> schools = new TreeMap<>();
        Map<String, String> schoolNames = new LinkedHashMap<>();
        Map<Programme, List<PlanLine>> programmes = new EnumMap<>(Programme.class);
        Map<EquipmentType, long[]> types = new EnumMap<>(EquipmentType.class);
        for (PlanLine line : lines) {
            years.computeIfAbsent(String.valueOf(line.schoolYear()), y -> new ArrayList<>()).add(line);
            String school = line.school() == null ? CITY_WIDE : line.school().uai().value();
            schools.computeIfAbsent(school, s -> new ArrayList<>()).add(line);
            schoolNames.putIfAbsent(school, line.school() == null ? null : line.school().name());
            programmes.computeIfAbsent(line.programme(), p -> new ArrayList<>()).add(line);
            if (line.kind() == PlanLineKind.EQUIPMENT) {
                long[] count = types.computeIfAbsent(line.equipmentType(), t -> new long[2]);
                count[0] += line.quantity();
                count[1] += line.items().size();
            }
        }
        if (programme == null) {
            plan.envelopes().forEach(e -> programmes.putIfAbsent(e.programme(), List.of()));
        }
        List<PlanGroup> byYear = new ArrayList<>();
        years.forEach((year, group) -> byYear.add(group(year, year + "–" + (Integer.parseInt(year) + 1), group,
                amounts)));
        List<PlanGroup> bySchool = new ArrayList<>();
        schools.forEach((uai, group) -> bySchool.add(group(uai, schoolNames.get(uai), group, amounts)));
        List<ProgrammeFigures> byProgramme = new ArrayList<>();
        programmes.forEach((funder, group) -> byProgramme.add(programme(plan.envelope(funder), funder,
                group(funder.name(), funder.name(), group, amounts), group, amounts)));
        List<TypeCount> equipment = new ArrayList<>();
        types.forEach((type, count) -> equipment.add(new TypeCount(type, count[0], count[1])));
        return new PlanFigures(plan.id(), amounts, group("TOTAL", null, lines, amounts), byYear, bySchool,
                byProgramme, equipment);
    }

    private static PlanGroup group(String key, String label, List<PlanLine> lines, boolean amounts) {
        long delivered = lines.stream().filter(l -> l.state().reached(PlanLineState.DELIVERED)).count();
        PlanAmounts sum = amounts ? lines.stream().map(PlanTally::amounts).reduce(PlanAmounts.ZERO, PlanAmounts::plus)
                : null;
        return new PlanGroup(key, label, lines.size(), delivered, sum);
    }

    private static ProgrammeFigures programme(Optional<PlanEnvelope> envelope, Programme programme, PlanGroup group,
                                              List<PlanLine> lines, boolean amounts) {
        BigDecimal rate = envelope.map(PlanEnvelope::rate).orElse(null);
        if (!amounts) {
            return new ProgrammeFigures(programme, rate, null, null, null, group);
        }
        BigDecimal committed = sum(lines, PlanLine::estimatedGrant);
        BigDecimal ceiling = envelope.map(PlanEnvelope::amount).orElse(null);
        return new ProgrammeFigures(programme, rate, ceiling, committed,
                ceiling == null ? null : ceiling.subtract(committed), group);
    }

    /** One line's amounts. */
    static PlanAmounts amounts(PlanLine line) {
        BigDecimal ordered = line.orderedAmount() == null ? BigDecimal.ZERO : line.orderedAmount();
        BigDecimal paid = line.paid();
        boolean grants = line.programme().claimable();
        return new PlanAmounts(line.estimatedCost(),
                line.state().reached(PlanLineState.ORDERED) ? ordered : BigDecimal.ZERO,
                line.state().reached(PlanLineState.DELIVERED) ? ordered : BigDecimal.ZERO,
                line.state().reached(PlanLineState.IN_SERVICE) ? ordered : BigDecimal.ZERO,
                paid,
                grants ? line.estimatedGrant() : BigDecimal.ZERO,
                grants && line.claimed() ? line.share(paid) : BigDecimal.ZERO,
                grants && !line.claimed() ? line.share(paid) : BigDecimal.ZERO);
    }

    private static BigDecimal sum(List<PlanLine> lines, Function<PlanLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
