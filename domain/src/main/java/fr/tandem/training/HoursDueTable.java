package fr.tandem.training;

import fr.tandem.platform.RuleViolation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A circonscription's table (barème) of the hours due by quotité: each quotité (0 to 100 %) once,
 * each with at most the 18 hours, in minutes. Stored as text ({@code 75=900;50=540}).
 */
public record HoursDueTable(SortedMap<Integer, Integer> minutesByPercent) {

    public static final HoursDueTable EMPTY = new HoursDueTable(new TreeMap<>());

    /** One row as a form or a client sends it. */
    @Schema(name = "HoursDueRow", description = "One row of a circonscription's table of hours due.")
    public record Row(
            @Schema(required = true, description = "A quotité, in percent (0 to 100).", example = "80", minimum = "0", maximum = "100")
            Integer percent,
            @Schema(required = true, description = "The minutes due at that quotité (at most 1080).", example = "900", maximum = "1080")
            Integer minutes) {
    }

    public HoursDueTable {
        minutesByPercent = Collections.unmodifiableSortedMap(new TreeMap<>(minutesByPercent));
    }

    /**
     * A table from its rows.
     *
     * @throws RuleViolation {@code hoursDue.table.percent} for a quotité missing or outside 0–100,
     *         {@code hoursDue.table.duplicate} for a quotité given twice, {@code hoursDue.table.minutes}
     *         for hours missing, negative or beyond 18 hours
     */
    public static HoursDueTable of(List<Row> rows) {
        TreeMap<Integer, Integer> table = new TreeMap<>();
        for (Row row : rows) {
            if (row.percent() == null || row.percent() < 0 || row.percent() > 100) {
                throw new RuleViolation("hoursDue.table.percent", row.percent() == null ? "—" : row.percent());
            }
            if (row.minutes() == null || row.minutes() < 0 || row.minutes() > CreditedHours.MAX_MINUTES) {
                throw new RuleViolation("hoursDue.table.minutes", row.percent());
            }
            if (table.put(row.percent(), row.minutes()) != null) {
                throw new RuleViolation("hoursDue.table.duplicate", row.percent());
            }
        }
        return new HoursDueTable(table);
    }

    /** The table stored as text; none or blank: empty. */
    public static HoursDueTable parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return EMPTY;
        }
        return of(Arrays.stream(stored.split(";")).map(pair -> pair.split("="))
                .map(pair -> new Row(Integer.valueOf(pair[0].trim()), Integer.valueOf(pair[1].trim()))).toList());
    }

    /** As stored: {@code 50=540;75=900}. */
    public String format() {
        return minutesByPercent.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    /** The rows, by quotité. */
    public List<Row> rows() {
        return minutesByPercent.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList();
    }

    public Optional<Integer> minutesFor(int percent) {
        return Optional.ofNullable(minutesByPercent.get(percent));
    }

    public boolean isEmpty() {
        return minutesByPercent.isEmpty();
    }
}
