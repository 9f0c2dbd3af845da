package fr.tandem.school.calendar;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.TextDecoding;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The school-holiday periods of a zone, read from the ministry's open data (CSV or iCalendar). */
public final class SchoolHolidayCalendar {

    private static final Comparator<SchoolHolidayPeriod> CHRONOLOGICAL = Comparator
            .comparing(SchoolHolidayPeriod::firstDayOff)
            .thenComparing(SchoolHolidayPeriod::classesResume)
            .thenComparing(SchoolHolidayPeriod::description)
            .thenComparing(SchoolHolidayPeriod::zone);
    private static final int NOON = 12;

    private static final List<String> DESCRIPTION_COLUMN = List.of("description");
    private static final List<String> POPULATION_COLUMN = List.of("population");
    private static final List<String> START_COLUMN = List.of("date de début", "start_date");
    private static final List<String> END_COLUMN = List.of("date de fin", "end_date");
    private static final List<String> ZONES_COLUMN = List.of("zones");
    private static final Set<String> PUPILS = Set.of("-", "élèves");

    private static final Pattern ICS_DATE = Pattern.compile("\\d{8}");
    private static final Pattern ICS_DATE_TIME = Pattern.compile("(\\d{8}T\\d{6})(Z?)");
    private static final DateTimeFormatter ICS_DATE_FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter ICS_DATE_TIME_FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final Pattern SUMMARY_ZONE = Pattern.compile("(.*?)\\s+-\\s+(zones?\\s.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String TEACHERS = "enseignants";
    private static final String VEVENT = "VEVENT";

    private final List<SchoolHolidayPeriod> periods;

    private SchoolHolidayCalendar(Collection<SchoolHolidayPeriod> periods) {
        this.periods = new LinkedHashSet<>(periods).stream().sorted(CHRONOLOGICAL).toList();
    }

    /** A calendar of these periods (identical ones are kept once), for example as stored earlier. */
    public static SchoolHolidayCalendar of(Collection<SchoolHolidayPeriod> periods) {
        return new SchoolHolidayCalendar(periods);
    }

    /**
     * Reads the ministry's CSV export "fr-en-calendrier-scolaire" (data.education.gouv.fr) and
     * keeps the pupils' periods of one zone.
     *
     * <p>The file is {@code ;}-separated, UTF-8 (with or without a BOM; Latin-1 is accepted too),
     * with a header naming at least {@code Description}, {@code Population}, {@code Date de début},
     * {@code Date de fin} and {@code Zones} in any case and order (the API's {@code start_date} and
     * {@code end_date} are accepted too). Dates are ISO date-times with an offset; in Europe/Paris,
     * a start in the afternoon or evening means the first day off is the next day, otherwise it is
     * the start's day; an end in the afternoon or evening means classes resume the next day,
     * otherwise on the end's day. Rows of another zone, rows for teachers only
     * ({@code Population} other than "-" or "Élèves"), and markers without a length (no end, or an
     * end equal to the start, such as "Début des Vacances d'Été") are left out; the file repeats
     * each period once per académie, and each period is kept once.
     *
     * @param zone the zone as the file spells it, such as "Zone C" (case is ignored)
     * @throws RuleViolation {@code holidays.csv.structure} (line number) when the file is not such a
     *                       CSV, {@code holidays.period.invalid} (description) when a period ends
     *                       before it starts, {@code holidays.empty} when no period is left
     */
    public static SchoolHolidayCalendar parseCsv(byte[] content, String zone) {
        String wanted = zone.strip();
        List<String> lines = decode(content).lines().toList();
        int headerIndex = 0;
        while (headerIndex < lines.size() && lines.get(headerIndex).isBlank()) {
            headerIndex++;
        }
        if (headerIndex == lines.size()) {
            throw new RuleViolation("holidays.csv.structure", 1);
        }
        List<String> header = splitCsv(lines.get(headerIndex), headerIndex + 1).stream()
                .map(SchoolHolidayCalendar::normalise).toList();
        int description = column(header, DESCRIPTION_COLUMN, headerIndex + 1);
        int population = column(header, POPULATION_COLUMN, headerIndex + 1);
        int start = column(header, START_COLUMN, headerIndex + 1);
        int end = column(header, END_COLUMN, headerIndex + 1);
        int zones = column(header, ZONES_COLUMN, headerIndex + 1);
        int needed = Math.max(Math.max(description, population), Math.max(Math.max(start, end), zones)) + 1;
        List<SchoolHolidayPeriod> found = new ArrayList<>();
        for (int index = headerIndex + 1; index < lines.size(); index++) {
            if (lines.get(index).isBlank()) {
                continue;
            }
            int lineNumber = index + 1;
            List<String> fields = splitCsv(lines.get(index), lineNumber);
            if (fields.size() < needed) {
                throw new RuleViolation("holidays.csv.structure", lineNumber);
            }
            if (!fields.get(zones).strip().equalsIgnoreCase(wanted)
                    || !PUPILS.contains(normalise(fields.get(population)))
                    || fields.get(end).isBlank()) {
                continue;
            }
            LocalDate firstDayOff = dayAfterEvening(csvDateTime(fields.get(start), lineNumber));
            LocalDate classesResume = dayAfterEvening(csvDateTime(fields.get(end), lineNumber));
            if (!classesResume.equals(firstDayOff)) {
                found.add(new SchoolHolidayPeriod(fields.get(description), fields.get(zones), firstDayOff,
                        classesResume));
            }
        }
        return nonEmpty(found);
    }

    /**
     * Reads the ministry's iCalendar feed of a zone (such as {@code Zone-C.ics}).
     *
     * <p>Each VEVENT is a period: for DATE values, DTSTART is the first day off and DTEND (the
     * exclusive end) the day classes resume; DATE-TIME values (UTC, with a TZID, or floating, then
     * read in Europe/Paris) follow the evening rule of {@link #parseCsv}. The SUMMARY
     * "Vacances de la Toussaint - Zone C" gives the description and the zone. Markers without a
     * length (no DTEND, or DTEND equal to DTSTART) and events for teachers only (a SUMMARY naming
     * "Enseignants") are left out; identical periods are kept once.
     *
     * @throws RuleViolation {@code holidays.ics.structure} when the content is not such an
     *                       iCalendar, {@code holidays.period.invalid} (description) when a period
     *                       ends before it starts, {@code holidays.empty} when no period is left
     */
    public static SchoolHolidayCalendar parseICalendar(byte[] content) {
        List<String> lines = decode(content).replaceAll("\\r\\n?", "\n").replaceAll("\\n[ \\t]", "")
                .lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty() || !lines.get(0).strip().equalsIgnoreCase("BEGIN:VCALENDAR")
                || !lines.get(lines.size() - 1).strip().equalsIgnoreCase("END:VCALENDAR")) {
            throw new RuleViolation("holidays.ics.structure");
        }
        List<SchoolHolidayPeriod> found = new ArrayList<>();
        List<String> components = new ArrayList<>();
        Map<String, IcsProperty> event = new HashMap<>();
        for (String line : lines) {
            IcsProperty property = IcsProperty.parse(line);
            String component = property.value().strip().toUpperCase(Locale.ROOT);
            if (property.name().equals("BEGIN")) {
                components.add(component);
                if (component.equals(VEVENT)) {
                    event.clear();
                }
            } else if (property.name().equals("END")) {
                if (components.isEmpty() || !components.get(components.size() - 1).equals(component)) {
                    throw new RuleViolation("holidays.ics.structure");
                }
                components.remove(components.size() - 1);
                if (component.equals(VEVENT)) {
                    period(event).ifPresent(found::add);
                }
            } else if (!components.isEmpty() && components.get(components.size() - 1).equals(VEVENT)) {
                event.putIfAbsent(property.name(), property);
            }
        }
        if (!components.isEmpty()) {
            throw new RuleViolation("holidays.ics.structure");
        }
        return nonEmpty(found);
    }

    /** The periods, in chronological order. */
    public List<SchoolHolidayPeriod> periods() {
        return periods;
    }

    /** The period during which there is no class on this date, if any. */
    public Optional<SchoolHolidayPeriod> periodOn(LocalDate date) {
        return periods.stream().filter(period -> period.covers(date)).findFirst();
    }

    /**
     * The first period with a day without class between {@code start} and {@code end}, if any.
     *
     * @see SchoolHolidayPeriod#overlaps(Instant, Instant)
     */
    public Optional<SchoolHolidayPeriod> overlapping(Instant start, Instant end) {
        return periods.stream().filter(period -> period.overlaps(start, end)).findFirst();
    }

    private static SchoolHolidayCalendar nonEmpty(List<SchoolHolidayPeriod> found) {
        if (found.isEmpty()) {
            throw new RuleViolation("holidays.empty");
        }
        return new SchoolHolidayCalendar(found);
    }

    /** The day a holiday boundary stands for: the next day when the Paris time is past noon. */
    private static LocalDate dayAfterEvening(ZonedDateTime moment) {
        ZonedDateTime paris = moment.withZoneSameInstant(SchoolHolidayPeriod.PARIS);
        return paris.getHour() >= NOON ? paris.toLocalDate().plusDays(1) : paris.toLocalDate();
    }

    private static String decode(byte[] content) {
        return TextDecoding.decode(content, StandardCharsets.ISO_8859_1).text();
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static int column(List<String> header, List<String> names, int lineNumber) {
        for (int index = 0; index < header.size(); index++) {
            if (names.contains(header.get(index))) {
                return index;
            }
        }
        throw new RuleViolation("holidays.csv.structure", lineNumber);
    }

    /** Splits one line at the semicolons outside double quotes; a doubled quote is a quote. */
    private static List<String> splitCsv(String line, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < line.length(); index++) {
            char c = line.charAt(index);
            if (c == '"' && quoted && index + 1 < line.length() && line.charAt(index + 1) == '"') {
                field.append('"');
                index++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new RuleViolation("holidays.csv.structure", lineNumber);
        }
        fields.add(field.toString());
        return fields;
    }

    private static ZonedDateTime csvDateTime(String value, int lineNumber) {
        try {
            return OffsetDateTime.parse(value.strip()).toZonedDateTime();
        } catch (DateTimeException notADateTime) {
            throw new RuleViolation("holidays.csv.structure", lineNumber);
        }
    }

    private static Optional<SchoolHolidayPeriod> period(Map<String, IcsProperty> event) {
        IcsProperty start = event.get("DTSTART");
        if (start == null) {
            throw new RuleViolation("holidays.ics.structure");
        }
        IcsProperty end = event.get("DTEND");
        String summary = event.containsKey("SUMMARY") ? unescape(event.get("SUMMARY").value()) : "";
        if (end == null || normalise(summary).contains(TEACHERS)) {
            return Optional.empty();
        }
        LocalDate firstDayOff = icsDay(start);
        LocalDate classesResume = icsDay(end);
        if (classesResume.equals(firstDayOff)) {
            return Optional.empty();
        }
        Matcher named = SUMMARY_ZONE.matcher(summary.strip());
        return Optional.of(named.matches()
                ? new SchoolHolidayPeriod(named.group(1), named.group(2), firstDayOff, classesResume)
                : new SchoolHolidayPeriod(summary, "", firstDayOff, classesResume));
    }

    private static LocalDate icsDay(IcsProperty property) {
        String value = property.value().strip();
        try {
            if (ICS_DATE.matcher(value).matches()) {
                return LocalDate.parse(value, ICS_DATE_FORMAT);
            }
            Matcher dateTime = ICS_DATE_TIME.matcher(value);
            if (dateTime.matches()) {
                LocalDateTime local = LocalDateTime.parse(dateTime.group(1), ICS_DATE_TIME_FORMAT);
                String timeZone = property.parameters().get("TZID");
                ZoneId zone = !dateTime.group(2).isEmpty() ? ZoneOffset.UTC
                        : timeZone != null ? ZoneId.of(timeZone) : SchoolHolidayPeriod.PARIS;
                return dayAfterEvening(local.atZone(zone));
            }
        } catch (DateTimeException notADate) {
            throw new RuleViolation("holidays.ics.structure");
        }
        throw new RuleViolation("holidays.ics.structure");
    }

    private static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c == '\\' && index + 1 < text.length()) {
                char next = text.charAt(++index);
                plain.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /** One unfolded iCalendar content line: name, parameters and value. */
    private record IcsProperty(String name, Map<String, String> parameters, String value) {

        /**
         * Splits at the first colon outside double quotes (a quoted parameter value may hold one),
         * then the name from its {@code ;KEY=value} parameters.
         */
        static IcsProperty parse(String line) {
            boolean quoted = false;
            for (int index = 0; index < line.length(); index++) {
                char c = line.charAt(index);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ':' && !quoted) {
                    String[] parts = line.substring(0, index).split(";");
                    Map<String, String> parameters = new HashMap<>();
                    for (int part = 1; part < parts.length; part++) {
                        String[] pair = parts[part].split("=", 2);
                        if (pair.length == 2) {
                            parameters.put(pair[0].strip().toUpperCase(Locale.ROOT), pair[1].strip().replace("\"", ""));
                        }
                    }
                    return new IcsProperty(parts[0].strip().toUpperCase(Locale.ROOT), parameters,
                            line.substring(index + 1));
                }
            }
            throw new RuleViolation("holidays.ics.structure");
        }
    }
}
