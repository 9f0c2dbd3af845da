package fr.tandem.dashboard.control;

import fr.tandem.dashboard.model.UntrainedSchool;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.platform.Language;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.school.School;
import fr.tandem.training.control.OfferProposals;
import fr.tandem.training.model.ProposedOffer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The schools equipped but not trained: a school holding a type of equipment in service where fewer
 * than {@link #TRAINED_SHARE_PERCENT} % of its teachers (none included) were present at a session of
 * an offer teaching that type; each with the open offers of its circonscription teaching it.
 */
@Dependent
public class EquippedUntrained {

    /** Under this share of its teachers trained on a type, a school equipped with it is listed. */
    public static final int TRAINED_SHARE_PERCENT = 25;

    @Inject
    EquipmentTrainingCounts counts;

    @Inject
    OfferProposals proposals;

    public List<UntrainedSchool> of(Predicate<School> keeps, Instant now) {
        Map<Long, Map<EquipmentType, List<ProposedOffer>>> offers = new HashMap<>();
        List<UntrainedSchool> schools = new ArrayList<>();
        for (EquipmentTrainingCounts.Count count : counts.of(keeps)) {
            if (count.teachers() == 0 || count.trained() * 100 >= count.teachers() * TRAINED_SHARE_PERCENT) {
                continue;
            }
            School school = count.school();
            long circonscription = school.circonscription().id();
            List<ProposedOffer> open = offers.computeIfAbsent(circonscription, c -> proposals.open(c, now))
                    .getOrDefault(count.type(), List.of());
            schools.add(new UntrainedSchool(school.uai().value(), school.name(), school.circonscription().name(),
                    count.type(), count.inService(), count.teachers(), count.trained(), open));
        }
        return schools;
    }

    /** The list as CSV (UTF-8 with BOM, ';', formula-escaped), headers and type names in the language. */
    public static byte[] csv(List<UntrainedSchool> schools, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        List<List<String>> rows = schools.stream().map(s -> List.of(s.uai(), s.name(), s.circonscriptionName(),
                texts.text("labels.type." + s.type()), String.valueOf(s.inService()), String.valueOf(s.teachers()),
                String.valueOf(s.trained()),
                s.offers().stream().map(ProposedOffer::title).collect(Collectors.joining(" | ")))).toList();
        return CsvExport.write(List.of(texts.text("untrained.csv.uai"), texts.text("untrained.csv.school"),
                texts.text("untrained.csv.circonscription"), texts.text("untrained.csv.type"),
                texts.text("untrained.csv.inService"), texts.text("untrained.csv.teachers"),
                texts.text("untrained.csv.trained"), texts.text("untrained.csv.offers")), rows);
    }
}
