package fr.tandem.support;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.SearchText;
import fr.tandem.platform.Texts;
import fr.tandem.school.City;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A short answer of a city's IT department to a frequent problem (its knowledge base): a title and
 * an answer in French, the same in English when written (English readers get the French otherwise),
 * a request category, keywords, and whether teachers may read it yet (published) or not (a draft).
 * The answer is plain text: pages show its line breaks and make its web addresses clickable, nothing
 * else. Its folded search texts, one per language, are kept with it for searches that behave the
 * same on every database.
 */
@Entity
@Table(name = "knowledge_answer")
public class KnowledgeAnswer {

    public static final int TITLE_MAX = 150;
    public static final int ANSWER_MAX = 4000;
    public static final int KEYWORDS_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_answer_seq")
    @SequenceGenerator(name = "knowledge_answer_seq", sequenceName = "knowledge_answer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    private City city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestCategory category;

    @Column(name = "title_fr", nullable = false, length = TITLE_MAX)
    private String titleFr;

    @Column(name = "answer_fr", nullable = false, length = ANSWER_MAX)
    private String answerFr;

    @Column(name = "title_en", length = TITLE_MAX)
    private String titleEn;

    @Column(name = "answer_en", length = ANSWER_MAX)
    private String answerEn;

    @Column(length = KEYWORDS_MAX)
    private String keywords;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "search_fr", nullable = false, length = 4500)
    private String searchFr;

    @Column(name = "search_en", nullable = false, length = 4500)
    private String searchEn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    @Version
    private long version;

    protected KnowledgeAnswer() {
        // for JPA
    }

    /** @throws RuleViolation as {@link #revise} does, or {@code knowledge.city.required} */
    public KnowledgeAnswer(City city, Content content, String by, Instant now) {
        if (city == null) {
            throw new RuleViolation("knowledge.city.required");
        }
        this.city = city;
        revise(content, by, now);
    }

    /** What city staff write: both languages' title and answer, category, keywords, published or not. */
    public record Content(RequestCategory category, String titleFr, String answerFr, String titleEn, String answerEn,
                          String keywords, boolean published) {
    }

    /**
     * Rewrites the answer. The category and the French title and answer are required; an English
     * answer needs its English title and the other way round.
     *
     * @throws RuleViolation {@code knowledge.category.required}, {@code knowledge.titleFr.required},
     *         {@code knowledge.answerFr.required}, {@code knowledge.english.incomplete} or a text too long
     */
    public final void revise(Content content, String by, Instant now) {
        if (content.category() == null) {
            throw new RuleViolation("knowledge.category.required");
        }
        String frTitle = Texts.required(content.titleFr(), "knowledge.titleFr.required", TITLE_MAX);
        String frAnswer = Texts.optionalBlock(content.answerFr(), ANSWER_MAX);
        if (frAnswer == null) {
            throw new RuleViolation("knowledge.answerFr.required");
        }
        String enTitle = Texts.optional(content.titleEn(), TITLE_MAX);
        String enAnswer = Texts.optionalBlock(content.answerEn(), ANSWER_MAX);
        if (enTitle == null != (enAnswer == null)) {
            throw new RuleViolation("knowledge.english.incomplete");
        }
        category = content.category();
        titleFr = frTitle;
        answerFr = frAnswer;
        titleEn = enTitle;
        answerEn = enAnswer;
        keywords = Texts.optional(content.keywords(), KEYWORDS_MAX);
        published = content.published();
        searchFr = SearchText.of(titleFr, keywords, answerFr);
        searchEn = SearchText.of(title(true), keywords, answer(true));
        updatedAt = Objects.requireNonNull(now, "now");
        updatedBy = Objects.requireNonNull(by, "by");
    }

    /** The title in English when written, else in French. */
    public String title(boolean english) {
        return english && titleEn != null ? titleEn : titleFr;
    }

    /** The answer in English when written, else in French. */
    public String answer(boolean english) {
        return english && answerEn != null ? answerEn : answerFr;
    }

    /**
     * How well the answer matches folded words ({@link SearchText#words}) in a language: each word
     * found in the title counts 3, in the keywords 2, in the answer 1 (0: no word found).
     */
    public int score(List<String> words, boolean english) {
        String title = SearchText.of(title(english));
        String keys = keywords == null ? "" : SearchText.of(keywords);
        String body = SearchText.of(answer(english));
        int score = 0;
        for (String word : words) {
            score += (title.contains(word) ? 3 : 0) + (keys.contains(word) ? 2 : 0) + (body.contains(word) ? 1 : 0);
        }
        return score;
    }

    public Long id() {
        return id;
    }

    public City city() {
        return city;
    }

    public RequestCategory category() {
        return category;
    }

    public String titleFr() {
        return titleFr;
    }

    public String answerFr() {
        return answerFr;
    }

    public String titleEn() {
        return titleEn;
    }

    public String answerEn() {
        return answerEn;
    }

    public String keywords() {
        return keywords;
    }

    public boolean published() {
        return published;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
