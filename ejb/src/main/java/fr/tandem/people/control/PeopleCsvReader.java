package fr.tandem.people.control;

import fr.tandem.people.model.DirectoryPerson;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.TextDecoding;
import fr.tandem.platform.imports.CsvText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a people file: ';'-separated, UTF-8 with or without a byte-order mark or Latin-1, its
 * header names in any case, with or without accents. Columns: {@code identifiant} and/or
 * {@code courriel} ({@code email}), {@code nom}, {@code prenom}, {@code uai} (several separated by
 * {@code ,} or {@code |}, the first being the main school), {@code fonction}, {@code quotite} (%).
 */
public class PeopleCsvReader {

    static final String USERNAME = "identifiant";
    static final String EMAIL = "courriel";
    static final String EMAIL_ALIAS = "email";
    static final String LAST_NAME = "nom";
    static final String FIRST_NAME = "prenom";
    static final String UAI = "uai";
    static final String FUNCTION = "fonction";
    static final String WORKING_TIME = "quotite";

    private static final Pattern UAI_SEPARATORS = Pattern.compile("[,|]");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%?");
    // lenient about stray quotes so that no input makes the parser fail: such lines end with a wrong field count
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setQuote('"')
            .setIgnoreEmptyLines(true)
            .setLenientEof(true)
            .setTrailingData(true)
            .get();

    /**
     * Reads a whole file.
     *
     * @throws RuleViolation {@code people.structure.empty}, {@code people.structure.separator} or
     *                       {@code people.structure.missingColumns} when the file is not a people file
     */
    public PeopleFile read(byte[] content) {
        TextDecoding.Decoded text = TextDecoding.decodeTrustingBom(content, TextDecoding.WINDOWS_1252);
        if (text.text().isBlank()) {
            throw new RuleViolation("people.structure.empty");
        }
        try (CSVParser parser = CSVParser.parse(text.text(), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            Header header = Header.of(records.next());
            CsvText lines = new CsvText(text.text());
            List<PeopleLine> read = new ArrayList<>();
            records.forEachRemaining(record -> read.add(line(lines.lineOf(record), record, header)));
            return new PeopleFile(text.charset().name(), read);
        } catch (IOException impossible) {
            throw new UncheckedIOException("reading text held in memory", impossible);
        }
    }

    private static PeopleLine line(int lineNumber, CSVRecord record, Header header) {
        if (record.size() != header.size()) {
            return PeopleLine.skipped(lineNumber, null, "people.skip.fieldCount", header.size(), record.size());
        }
        Row row = new Row(record, header);
        String name = (row.text(FIRST_NAME) + " " + row.text(LAST_NAME)).strip();
        try {
            return PeopleLine.accepted(lineNumber, name, person(row));
        } catch (RuleViolation skip) {
            return PeopleLine.skipped(lineNumber, name, skip.key(), skip.arguments());
        }
    }

    private static DirectoryPerson person(Row row) {
        String username = row.optional(USERNAME);
        String email = row.optional(EMAIL) != null ? row.optional(EMAIL) : row.optional(EMAIL_ALIAS);
        if (username == null && email == null) {
            throw new RuleViolation("people.skip.noIdentity");
        }
        String lastName = row.required(LAST_NAME);
        String firstName = row.required(FIRST_NAME);
        String function = row.required(FUNCTION).toUpperCase(Locale.ROOT);
        List<String> uais = Arrays.stream(UAI_SEPARATORS.split(row.text(UAI)))
                .map(String::strip).filter(uai -> !uai.isEmpty()).map(uai -> uai.toUpperCase(Locale.ROOT)).toList();
        return new DirectoryPerson(username, email, firstName, lastName, uais, function, Set.of(),
                workingTime(row.optional(WORKING_TIME)));
    }

    private static Integer workingTime(String raw) {
        if (raw == null) {
            return null;
        }
        var matcher = PERCENT.matcher(raw);
        if (!matcher.matches()) {
            throw new RuleViolation("people.skip.badWorkingTime", raw);
        }
        return Integer.valueOf(matcher.group(1));
    }

    private record Header(int size, Map<String, Integer> indexes) {

        static Header of(CSVRecord names) {
            if (names.size() < 2) {
                throw new RuleViolation("people.structure.separator");
            }
            Map<String, Integer> indexes = new HashMap<>();
            for (int index = 0; index < names.size(); index++) {
                indexes.putIfAbsent(CsvText.columnKey(names.get(index)), index);
            }
            List<String> missing = new ArrayList<>();
            if (!indexes.containsKey(USERNAME) && !indexes.containsKey(EMAIL) && !indexes.containsKey(EMAIL_ALIAS)) {
                missing.add(USERNAME + " / " + EMAIL);
            }
            for (String column : List.of(LAST_NAME, FIRST_NAME, FUNCTION)) {
                if (!indexes.containsKey(column)) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                throw new RuleViolation("people.structure.missingColumns", String.join(", ", missing));
            }
            return new Header(names.size(), indexes);
        }
    }

    private record Row(CSVRecord record, Header header) {

        String text(String column) {
            Integer index = header.indexes().get(column);
            return index == null ? "" : record.get(index).strip();
        }

        String optional(String column) {
            String text = text(column);
            return text.isEmpty() ? null : text;
        }

        String required(String column) {
            String text = text(column);
            if (text.isEmpty()) {
                throw new RuleViolation("people.skip.missingValue", column);
            }
            return text;
        }
    }
}
