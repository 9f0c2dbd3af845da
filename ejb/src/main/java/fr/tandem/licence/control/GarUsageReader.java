package fr.tandem.licence.control;

import fr.tandem.platform.RuleViolation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the GAR's assignment-count CSV ({@code UAI;idAbonnement;…;cumulAffectationEleve;
 * cumulAffectationEnseignant;cumulAffectationDocumentaliste;cumulAffectationAutrePersonnel}), UTF-8
 * with or without BOM. A file without the required columns is refused whole; a line with a bad
 * count is kept with its problem, to be reported.
 */
public final class GarUsageReader {

    private static final List<String> REQUIRED = List.of("UAI", "idAbonnement", "cumulAffectationEleve",
            "cumulAffectationEnseignant");

    private GarUsageReader() {
    }

    public static List<GarUsageLine> read(byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw new RuleViolation("licence.import.empty");
        }
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!header.keySet().containsAll(REQUIRED)) {
                throw new RuleViolation("licence.gar.csv.structure");
            }
            List<GarUsageLine> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                lines.add(line(record, header));
            }
            return lines;
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw new RuleViolation("licence.gar.csv.structure");
        } catch (UncheckedIOException unreadable) {
            throw new RuleViolation("licence.gar.csv.structure");
        }
    }

    private static GarUsageLine line(CSVRecord record, Map<String, Integer> header) {
        int number = (int) record.getRecordNumber() + 1;
        String uai = value(record, header, "UAI");
        String subscription = value(record, header, "idAbonnement");
        String resource = value(record, header, "idRessource");
        try {
            int students = count(record, header, "cumulAffectationEleve");
            int teachers = count(record, header, "cumulAffectationEnseignant");
            int others = count(record, header, "cumulAffectationDocumentaliste")
                    + count(record, header, "cumulAffectationAutrePersonnel");
            return new GarUsageLine(number, uai, subscription, resource, students, teachers, others, null);
        } catch (NumberFormatException badCount) {
            return new GarUsageLine(number, uai, subscription, resource, 0, 0, 0, badCount.getMessage());
        }
    }

    private static String value(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        return value == null || value.isBlank() || "null".equals(value) ? null : value.strip();
    }

    private static int count(CSVRecord record, Map<String, Integer> header, String column) {
        String value = value(record, header, column);
        if (value == null) {
            return 0;
        }
        int count;
        try {
            count = Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new NumberFormatException(column + " = " + value);
        }
        if (count < 0) {
            throw new NumberFormatException(column + " = " + value);
        }
        return count;
    }
}
