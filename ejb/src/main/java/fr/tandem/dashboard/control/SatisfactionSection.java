package fr.tandem.dashboard.control;

import fr.tandem.dashboard.model.DashboardFilter;
import fr.tandem.dashboard.model.SatisfactionFigures;
import fr.tandem.platform.Language;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.time.Clocks;
import fr.tandem.support.AnswerDeflection;
import fr.tandem.support.KnowledgeAnswer;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.RequestSatisfaction;
import fr.tandem.training.SchoolYear;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The teachers' satisfaction with their resolved requests and the requests the knowledge base
 * spared, for the schools a dashboard filter keeps, in a school year; and the same as CSV.
 */
@Dependent
public class SatisfactionSection {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    public SatisfactionFigures of(DashboardFilter filter, SchoolYear year, Language language) {
        Scope scope = new Scope(filter);
        Map<String, long[]> months = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.of(year.startYear(), 9); month.isBefore(YearMonth.of(year.startYear() + 1, 9));
             month = month.plusMonths(1)) {
            months.put(month.toString(), new long[2]);
        }
        Map<String, long[]> categories = new LinkedHashMap<>();
        for (RequestCategory category : RequestCategory.values()) {
            categories.put(category.name(), new long[2]);
        }
        long[] total = new long[2];
        List<RequestSatisfaction> ratings = em.createQuery("select s from RequestSatisfaction s join fetch s.request r "
                        + "join fetch r.school where s.ratedAt >= :from and s.ratedAt < :to", RequestSatisfaction.class)
                .setParameter("from", year.start()).setParameter("to", year.end()).getResultList();
        for (RequestSatisfaction rating : ratings) {
            if (!scope.keeps(rating.request().school())) {
                continue;
            }
            int column = rating.satisfied() ? 0 : 1;
            months.get(YearMonth.from(LocalDate.ofInstant(rating.ratedAt(), Clocks.PARIS)).toString())[column]++;
            categories.get(rating.request().category().name())[column]++;
            total[column]++;
        }
        List<AnswerDeflection> deflections = em.createQuery("select d from AnswerDeflection d join fetch d.answer "
                        + "join fetch d.school where d.solvedAt >= :from and d.solvedAt < :to", AnswerDeflection.class)
                .setParameter("from", year.start()).setParameter("to", year.end()).getResultList();
        Map<KnowledgeAnswer, Long> perAnswer = new LinkedHashMap<>();
        deflections.stream().filter(d -> scope.keeps(d.school()))
                .forEach(d -> perAnswer.merge(d.answer(), 1L, Long::sum));
        boolean english = language == Language.ENGLISH;
        List<SatisfactionFigures.SparedBy> answers = perAnswer.entrySet().stream()
                .map(e -> new SatisfactionFigures.SparedBy(e.getKey().id(), e.getKey().title(english), e.getValue()))
                .sorted(Comparator.comparingLong(SatisfactionFigures.SparedBy::requests).reversed()
                        .thenComparing(SatisfactionFigures.SparedBy::answerId)).toList();
        return new SatisfactionFigures(year.label(), total[0], total[1],
                answers.stream().mapToLong(SatisfactionFigures.SparedBy::requests).sum(), rows(months), rows(categories),
                answers);
    }

    /**
     * The figures as CSV in the reader's language: one line per month, per category and per answer
     * that spared requests (section; line; satisfied; not satisfied or requests spared).
     */
    public static byte[] csv(SatisfactionFigures figures, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        List<List<String>> rows = new ArrayList<>();
        String month = texts.text("satisfaction.csv.month");
        String category = texts.text("satisfaction.csv.category");
        figures.months().forEach(r -> rows.add(List.of(month, r.key(), String.valueOf(r.satisfied()),
                String.valueOf(r.notSatisfied()), "")));
        figures.categories().forEach(r -> rows.add(List.of(category, texts.text("dashboard.requests.category." + r.key()),
                String.valueOf(r.satisfied()), String.valueOf(r.notSatisfied()), "")));
        String answer = texts.text("satisfaction.csv.answer");
        figures.answers().forEach(a -> rows.add(List.of(answer, a.title(), "", "", String.valueOf(a.requests()))));
        rows.add(List.of(texts.text("satisfaction.csv.total"), figures.schoolYear(), String.valueOf(figures.satisfied()),
                String.valueOf(figures.notSatisfied()), String.valueOf(figures.spared())));
        return CsvExport.write(List.of(texts.text("satisfaction.csv.section"), texts.text("satisfaction.csv.line"),
                texts.text("satisfaction.csv.satisfied"), texts.text("satisfaction.csv.notSatisfied"),
                texts.text("satisfaction.csv.spared")), rows);
    }

    private static List<SatisfactionFigures.Row> rows(Map<String, long[]> counts) {
        return counts.entrySet().stream().map(e -> new SatisfactionFigures.Row(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
