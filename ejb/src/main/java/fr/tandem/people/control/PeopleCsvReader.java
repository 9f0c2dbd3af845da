package fr.tandem.people.control;

import fr.tandem.people.model.DirectoryPerson;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.imports.SemicolonCsv;
import fr.tandem.platform.imports.SemicolonCsv.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
    /**
     * Reads a whole file.
     *
     * @throws RuleViolation {@code people.structure.empty}, {@code people.structure.separator} or
     *                       {@code people.structure.missingColumns} when the file is not a people file
     */
    public PeopleFile read(byte[] content) {
        SemicolonCsv.Lines<PeopleLine> read = SemicolonCsv.read(content, "people", PeopleCsvReader::check,
                PeopleCsvReader::line);
        return new PeopleFile(read.charset(), read.lines());
    }

    private static void check(SemicolonCsv.Columns columns) {
        List<String> missing = new ArrayList<>();
        if (!columns.has(USERNAME) && !columns.has(EMAIL) && !columns.has(EMAIL_ALIAS)) {
            missing.add(USERNAME + " / " + EMAIL);
        }
        for (String column : List.of(LAST_NAME, FIRST_NAME, FUNCTION)) {
            if (!columns.has(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation("people.structure.missingColumns", String.join(", ", missing));
        }
    }

    private static PeopleLine line(int lineNumber, Row row) {
        if (!row.complete()) {
            return PeopleLine.skipped(lineNumber, null, "people.skip.fieldCount", row.columns().size(), row.size());
        }
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
}
