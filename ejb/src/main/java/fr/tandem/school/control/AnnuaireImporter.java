package fr.tandem.school.control;

import fr.tandem.school.Circonscription;
import fr.tandem.school.City;
import fr.tandem.school.School;
import fr.tandem.school.SchoolDetails;
import fr.tandem.school.Uai;
import fr.tandem.platform.imports.ImportOutcome;
import fr.tandem.platform.imports.ImportProgressListener;
import fr.tandem.school.model.ImportReport;
import fr.tandem.school.model.ImportReportLine;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes an Annuaire file into schools and circonscriptions, keyed by their codes (never by
 * name), in the caller's transaction. Importing the same file twice changes nothing.
 */
@Dependent
public class AnnuaireImporter {

    static final int CHUNK = 500;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Imports the file; {@code onlyCityId}, when not null, confines the import to the schools of that
     * city's communes (the lines of other communes are reported as skipped).
     */
    public ImportReport importFile(byte[] content, Long onlyCityId, ImportProgressListener progress) {
        AnnuaireFile file = new AnnuaireCsvReader().read(content);
        progress.linesWritten(0, file.lines().size());
        Map<Uai, String> circonscriptionNames = canonicalNames(file.schools());
        int circonscriptionsCreated = ensureCirconscriptions(circonscriptionNames);

        Map<Uai, Integer> firstLineOf = new HashMap<>();
        List<ImportReportLine> reported = new ArrayList<>();
        int[] counts = new int[ImportOutcome.values().length];
        List<AnnuaireLine> lines = file.lines();
        for (int from = 0; from < lines.size(); from += CHUNK) {
            List<AnnuaireLine> chunk = lines.subList(from, Math.min(lines.size(), from + CHUNK));
            for (ImportReportLine line : writeChunk(chunk, firstLineOf, onlyCityId)) {
                counts[line.outcome().ordinal()]++;
                if (line.outcome() != ImportOutcome.UNCHANGED) {
                    reported.add(line);
                }
            }
            em.flush();
            em.clear();
            progress.linesWritten(from + chunk.size(), lines.size());
        }
        return new ImportReport(file.charset(), counts[ImportOutcome.CREATED.ordinal()],
                counts[ImportOutcome.UPDATED.ordinal()], counts[ImportOutcome.UNCHANGED.ordinal()],
                counts[ImportOutcome.SKIPPED.ordinal()], circonscriptionsCreated, reported);
    }

    /**
     * One name per circonscription code: the spelling most lines give (the first one seen on a
     * tie), so that a file with two spellings imports the same way every time.
     */
    static Map<Uai, String> canonicalNames(List<AnnuaireSchool> schools) {
        Map<Uai, Map<String, Long>> spellings = schools.stream().collect(Collectors.groupingBy(
                AnnuaireSchool::circonscriptionCode, LinkedHashMap::new,
                Collectors.groupingBy(AnnuaireSchool::circonscriptionName, LinkedHashMap::new, Collectors.counting())));
        Map<Uai, String> names = new LinkedHashMap<>();
        spellings.forEach((code, counts) -> names.put(code, counts.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).orElseThrow().getKey()));
        return names;
    }

    private int ensureCirconscriptions(Map<Uai, String> names) {
        Map<Uai, Circonscription> existing = circonscriptions(names.keySet().stream().toList());
        int created = 0;
        for (Map.Entry<Uai, String> entry : names.entrySet()) {
            Circonscription circonscription = existing.get(entry.getKey());
            if (circonscription == null) {
                em.persist(new Circonscription(entry.getKey(), entry.getValue()));
                created++;
            } else {
                circonscription.rename(entry.getValue());
            }
        }
        em.flush();
        return created;
    }

    private List<ImportReportLine> writeChunk(List<AnnuaireLine> chunk, Map<Uai, Integer> firstLineOf,
                                              Long onlyCityId) {
        Map<String, City> cityOfCommune = new HashMap<>();
        em.createQuery("select c from City c", City.class).getResultStream()
                .forEach(city -> city.communes().forEach(code -> cityOfCommune.put(code, city)));
        List<AnnuaireSchool> accepted = chunk.stream().filter(l -> !l.isSkipped()).map(AnnuaireLine::school).toList();
        Map<Uai, School> schools = schools(accepted.stream().map(AnnuaireSchool::uai).toList());
        Map<Uai, Circonscription> circonscriptions =
                circonscriptions(accepted.stream().map(AnnuaireSchool::circonscriptionCode).distinct().toList());
        List<ImportReportLine> outcomes = new ArrayList<>(chunk.size());
        for (AnnuaireLine line : chunk) {
            if (line.isSkipped()) {
                outcomes.add(new ImportReportLine(line.lineNumber(), null, ImportOutcome.SKIPPED, line.skipKey(),
                        line.skipArguments()));
                continue;
            }
            AnnuaireSchool row = line.school();
            Integer first = firstLineOf.putIfAbsent(row.uai(), line.lineNumber());
            if (first != null) {
                outcomes.add(new ImportReportLine(line.lineNumber(), row.uai().value(), ImportOutcome.SKIPPED,
                        "annuaire.skip.duplicate", List.of(row.uai().value(), first)));
                continue;
            }
            School existing = schools.get(row.uai());
            City city = cityOfCommune.get(row.communeCode());
            if (onlyCityId != null && (!inCity(city, onlyCityId) || existing != null && !inCity(existing.city(), onlyCityId))) {
                outcomes.add(new ImportReportLine(line.lineNumber(), row.uai().value(), ImportOutcome.SKIPPED,
                        "annuaire.skip.otherCity", List.of(row.communeCode())));
                continue;
            }
            outcomes.add(write(line.lineNumber(), row, existing, circonscriptions.get(row.circonscriptionCode()), city));
        }
        return outcomes;
    }

    private static boolean inCity(City city, long cityId) {
        return city != null && city.id() == cityId;
    }

    private ImportReportLine write(int lineNumber, AnnuaireSchool row, School existing, Circonscription circonscription,
                                   City city) {
        SchoolDetails details = new SchoolDetails(row.name(), row.kind(), row.natureCode(), row.natureLabel(),
                row.street(), row.postcode(), row.communeCode(), row.communeName(), row.priority(), row.state(),
                row.email(), row.phone());
        try {
            if (existing == null) {
                School created = new School(row.uai(), details, circonscription, false, clock.instant());
                created.belongTo(city);
                em.persist(created);
                return new ImportReportLine(lineNumber, row.uai().value(), ImportOutcome.CREATED, null, null);
            }
            boolean changed = existing.update(details, circonscription, clock.instant());
            if (existing.city() != city) {
                existing.belongTo(city);
                changed = true;
            }
            return new ImportReportLine(lineNumber, row.uai().value(),
                    changed ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED, null, null);
        } catch (fr.tandem.platform.RuleViolation invalid) {
            return new ImportReportLine(lineNumber, row.uai().value(), ImportOutcome.SKIPPED, invalid.key(),
                    List.of(invalid.arguments()));
        }
    }

    private Map<Uai, School> schools(List<Uai> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from School s where s.uai.value in :codes", School.class)
                .setParameter("codes", codes.stream().map(Uai::value).toList())
                .getResultStream().collect(Collectors.toMap(School::uai, Function.identity()));
    }

    private Map<Uai, Circonscription> circonscriptions(List<Uai> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from Circonscription c where c.code.value in :codes", Circonscription.class)
                .setParameter("codes", codes.stream().map(Uai::value).toList())
                .getResultStream().collect(Collectors.toMap(Circonscription::code, Function.identity()));
    }
}
