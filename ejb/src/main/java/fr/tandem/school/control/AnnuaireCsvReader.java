package fr.tandem.school.control;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.imports.SemicolonCsv;
import fr.tandem.platform.imports.SemicolonCsv.Row;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.Uai;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads an Annuaire de l'éducation CSV export into checked school lines and skipped lines with their reasons. */
public class AnnuaireCsvReader {

    static final String UAI = "Identifiant_de_l_etablissement";
    static final String NAME = "Nom_etablissement";
    static final String TYPE = "Type_etablissement";
    static final String POSTCODE = "Code_postal";
    static final String COMMUNE_CODE = "Code_commune";
    static final String COMMUNE_NAME = "Nom_commune";
    static final String CIRCONSCRIPTION_CODE = "code_circonscription";
    static final String CIRCONSCRIPTION_NAME = "nom_circonscription";
    static final String STATE = "etat";
    static final String NATURE_CODE = "code_nature";
    static final String MATERNELLE = "Ecole_maternelle";
    static final String ELEMENTAIRE = "Ecole_elementaire";
    static final String ADDRESS_1 = "Adresse_1";
    static final String ADDRESS_2 = "Adresse_2";
    static final String NATURE_LABEL = "libelle_nature";
    static final String PRIORITY = "Appartenance_Education_Prioritaire";
    static final String EMAIL = "Mail";
    static final String PHONE = "Telephone";

    private static final List<String> REQUIRED = List.of(UAI, NAME, TYPE, POSTCODE, COMMUNE_CODE, COMMUNE_NAME,
            CIRCONSCRIPTION_CODE, CIRCONSCRIPTION_NAME, STATE, NATURE_CODE, MATERNELLE, ELEMENTAIRE);
    /**
     * Reads a whole file.
     *
     * @throws RuleViolation with key {@code annuaire.structure.empty}, {@code annuaire.structure.separator} or
     *                       {@code annuaire.structure.missingColumns} when the file is not an Annuaire export
     */
    public AnnuaireFile read(byte[] content) {
        SemicolonCsv.Lines<AnnuaireLine> read = SemicolonCsv.read(content, "annuaire", AnnuaireCsvReader::check,
                AnnuaireCsvReader::line);
        return new AnnuaireFile(read.charset(), read.lines());
    }

    private static void check(SemicolonCsv.Columns columns) {
        String missing = REQUIRED.stream().filter(column -> !columns.has(column)).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new RuleViolation("annuaire.structure.missingColumns", missing);
        }
    }

    private static AnnuaireLine line(int lineNumber, Row row) {
        if (!row.complete()) {
            return AnnuaireLine.skipped(lineNumber, "annuaire.skip.fieldCount", row.columns().size(), row.size());
        }
        try {
            return AnnuaireLine.accepted(lineNumber, school(row));
        } catch (RuleViolation skip) {
            return AnnuaireLine.skipped(lineNumber, skip.key(), skip.arguments());
        }
    }

    private static AnnuaireSchool school(Row row) {
        String type = row.text(TYPE);
        if (!"ecole".equals(folded(type))) {
            throw new RuleViolation("annuaire.skip.notSchool", type);
        }
        Uai uai = uai(row.required(UAI), "annuaire.skip.badUai");
        String name = row.required(NAME);
        String postcode = row.required(POSTCODE);
        String communeCode = row.required(COMMUNE_CODE);
        String communeName = row.required(COMMUNE_NAME);
        Uai circonscriptionCode = uai(row.required(CIRCONSCRIPTION_CODE), "annuaire.skip.badCirconscription");
        String circonscriptionName = row.required(CIRCONSCRIPTION_NAME);
        SchoolState state = known(SchoolState.fromAnnuaire(row.text(STATE)), STATE, row);
        PriorityEducation priority = known(PriorityEducation.fromAnnuaire(row.text(PRIORITY)), PRIORITY, row);
        String natureCode = row.optional(NATURE_CODE);
        SchoolKind kind = SchoolKind.of(natureCode, "1".equals(row.text(MATERNELLE)), "1".equals(row.text(ELEMENTAIRE)));
        String street = Stream.of(row.text(ADDRESS_1), row.text(ADDRESS_2))
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", "));
        return new AnnuaireSchool(uai, name, kind, natureCode, row.optional(NATURE_LABEL), street.isEmpty() ? null : street,
                postcode, communeCode, communeName, priority, state, circonscriptionCode, circonscriptionName,
                row.optional(EMAIL), row.optional(PHONE));
    }

    private static Uai uai(String raw, String skipKey) {
        try {
            return Uai.of(raw);
        } catch (RuleViolation invalid) {
            throw new RuleViolation(skipKey, raw, invalid);
        }
    }

    private static <T> T known(T value, String column, Row row) {
        if (value == null) {
            throw new RuleViolation("annuaire.skip.badValue", column, row.text(column));
        }
        return value;
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
