package fr.tandem.support.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.Language;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.City;
import fr.tandem.school.control.CityConfinement;
import fr.tandem.support.AnswerDeflection;
import fr.tandem.support.KnowledgeAnswer;
import fr.tandem.support.KnowledgeSearch;
import fr.tandem.support.model.AnswerForm;
import fr.tandem.support.model.AnswerView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * The city's knowledge base: short answers of its IT department to frequent problems. City staff
 * write, revise, publish or hold back their own city's answers (an administrator names the city);
 * the people of a school read and search the published answers of their school's city, are offered
 * the best matching ones while they write a request, and may say that one solved their problem
 * (the request is not sent, and counted as spared). Another city's answer, and a draft for the
 * schools, is not found. Search folds accents and case the same way on every database
 * ({@link KnowledgeSearch}) and ranks a word in the title above one in the keywords, above one in
 * the answer.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER", "TEACHER"})
public class KnowledgeBase {

    /** How many answers are offered while a request is written. */
    public static final int SUGGESTIONS = 5;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /**
     * The answers the caller may read that match the words (all of them for no words), best match
     * first: city staff get their city's drafts too, the schools the published ones of their city.
     */
    public List<AnswerView> search(String words) {
        return matching(words, !isStaff(caller.account()), Integer.MAX_VALUE);
    }

    /** The published answers of the caller's city that best match what they are typing, at most {@link #SUGGESTIONS}. */
    public List<AnswerView> suggestions(String words) {
        if (KnowledgeSearch.words(words).isEmpty()) {
            return List.of();
        }
        return matching(words, true, SUGGESTIONS);
    }

    public AnswerView find(long id) {
        return view(readable(id));
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public AnswerView create(AnswerForm form) {
        KnowledgeAnswer answer = new KnowledgeAnswer(owningCity(form.cityId()), content(form),
                caller.account().displayName(), clock.instant());
        em.persist(answer);
        em.flush();
        return view(answer);
    }

    /** Rewrites an answer of the caller's city (its city stays). */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public AnswerView update(long id, AnswerForm form) {
        KnowledgeAnswer answer = readable(id);
        answer.revise(content(form), caller.account().displayName(), clock.instant());
        em.flush();
        return view(answer);
    }

    /** The person of a school read this published answer of their city, and it solved their problem. */
    @RolesAllowed({"HEAD_TEACHER", "TEACHER"})
    public void solved(long id) {
        KnowledgeAnswer answer = readable(id);
        Account me = caller.account();
        em.persist(new AnswerDeflection(answer, me, me.school(), clock.instant()));
    }

    private List<AnswerView> matching(String typed, boolean publishedOnly, int limit) {
        Account me = caller.account();
        boolean english = me.language() == Language.ENGLISH;
        List<String> words = KnowledgeSearch.words(typed);
        Long city = readerCityId(me);
        StringBuilder jpql = new StringBuilder("select a from KnowledgeAnswer a join fetch a.city where 1 = 1");
        if (city != null) {
            jpql.append(" and a.city.id = :city");
        }
        if (publishedOnly) {
            // cast, as the H2 platform writes a boolean value as 0 or 1, which H2 2 does not compare with a BOOLEAN column
            jpql.append(" and cast(a.published as integer) = 1");
        }
        String column = english ? "a.searchEn" : "a.searchFr";
        if (!words.isEmpty()) {
            jpql.append(" and (");
            for (int i = 0; i < words.size(); i++) {
                // folded words hold only letters and digits: nothing to escape in a like pattern
                jpql.append(i == 0 ? "" : " or ").append(column).append(" like :w").append(i);
            }
            jpql.append(")");
        }
        TypedQuery<KnowledgeAnswer> query = em.createQuery(jpql.toString(), KnowledgeAnswer.class);
        if (city != null) {
            query.setParameter("city", city);
        }
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + words.get(i) + "%");
        }
        Comparator<KnowledgeAnswer> byTitle = Comparator.comparing(a -> a.title(english), String.CASE_INSENSITIVE_ORDER);
        Comparator<KnowledgeAnswer> order = words.isEmpty()
                ? Comparator.comparing(KnowledgeAnswer::category).thenComparing(byTitle)
                : Comparator.comparingInt((KnowledgeAnswer a) -> -a.score(words, english)).thenComparing(byTitle);
        return query.getResultStream().filter(a -> words.isEmpty() || a.score(words, english) > 0)
                .sorted(order.thenComparing(KnowledgeAnswer::id)).limit(limit).map(this::view).toList();
    }

    /** An answer the caller may read: of their city, and published unless they are city staff. */
    private KnowledgeAnswer readable(long id) {
        KnowledgeAnswer answer = em.find(KnowledgeAnswer.class, id);
        Account me = caller.account();
        Long city = readerCityId(me);
        if (answer == null || city != null && !city.equals(answer.city().id()) || !isStaff(me) && !answer.published()) {
            throw new NotFound("knowledge.notFound");
        }
        return answer;
    }

    /** The city whose answers the caller reads: their own, their school's; null (every city) for administrators. */
    private Long readerCityId(Account me) {
        if (isStaff(me)) {
            return caller.confinedToCityId();
        }
        return me.school() == null || me.school().city() == null ? CityConfinement.NO_CITY : me.school().city().id();
    }

    private City owningCity(Long requested) {
        Long confined = caller.confinedToCityId();
        Long cityId = confined == null ? requested : confined;
        if (cityId == null || cityId == CityConfinement.NO_CITY) {
            throw new RuleViolation("knowledge.city.required");
        }
        City city = em.find(City.class, cityId);
        if (city == null) {
            throw new NotFound("knowledge.city.notFound");
        }
        return city;
    }

    private static KnowledgeAnswer.Content content(AnswerForm form) {
        return new KnowledgeAnswer.Content(form.category(), form.titleFr(), form.answerFr(), form.titleEn(),
                form.answerEn(), form.keywords(), form.published());
    }

    private AnswerView view(KnowledgeAnswer a) {
        boolean english = caller.account().language() == Language.ENGLISH;
        return new AnswerView(a.id(), a.city().id(), a.city().name(), a.category(), a.title(english), a.answer(english),
                a.titleFr(), a.answerFr(), a.titleEn(), a.answerEn(), a.keywords(), a.published(), a.updatedAt(),
                a.updatedBy());
    }

    private static boolean isStaff(Account account) {
        return account.hasRole(Role.CITY_STAFF) || account.hasRole(Role.ADMIN);
    }
}
