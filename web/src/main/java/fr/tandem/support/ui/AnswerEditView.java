package fr.tandem.support.ui;

import fr.tandem.people.ui.CurrentUser;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.school.boundary.Cities;
import fr.tandem.school.model.CitySummary;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.boundary.KnowledgeBase;
import fr.tandem.support.model.AnswerForm;
import fr.tandem.support.model.AnswerView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Writing an answer of the knowledge base ({@code ?id=} to revise one): both languages' title and
 * answer side by side with their preview as teachers will read it, category, keywords, published
 * or draft; an administrator chooses the city.
 */
@Named
@ViewScoped
public class AnswerEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient KnowledgeBase knowledge;

    @EJB
    transient Cities cities;

    @Inject
    CurrentUser currentUser;

    private Long idParameter;
    private AnswerView saved;
    private Long cityId;
    private List<CitySummary> cityChoices = List.of();
    private RequestCategory category;
    private String titleFr;
    private String answerFr;
    private String titleEn;
    private String answerEn;
    private String keywords;
    private boolean published;

    /** Called by the view's metadata: the answer to revise, if any. */
    public void load() {
        if (currentUser.is("ADMIN")) {
            cityChoices = cities.list();
        }
        if (idParameter == null) {
            return;
        }
        UiMessages.attempt(() -> show(knowledge.find(idParameter)));
    }

    private void show(AnswerView answer) {
        saved = answer;
        cityId = answer.cityId();
        category = answer.category();
        titleFr = answer.titleFr();
        answerFr = answer.answerFr();
        titleEn = answer.titleEn();
        answerEn = answer.answerEn();
        keywords = answer.keywords();
        published = answer.published();
    }

    public String save() {
        AnswerForm form = new AnswerForm(cityId, category, titleFr, answerFr, titleEn, answerEn, keywords, published);
        return UiMessages.attemptOrNull(() -> {
            AnswerView done = saved == null ? knowledge.create(form) : knowledge.update(saved.id(), form);
            SupportTexts.BUNDLE.info(done.published() ? "kb.saved.published" : "kb.saved.draft", done.titleFr());
            return "/support/answers.xhtml?faces-redirect=true";
        });
    }

    public RequestCategory[] getCategories() {
        return RequestCategory.values();
    }

    public AnswerView getSaved() {
        return saved;
    }

    public List<CitySummary> getCityChoices() {
        return cityChoices;
    }

    public Long getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(Long idParameter) {
        this.idParameter = idParameter;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public RequestCategory getCategory() {
        return category;
    }

    public void setCategory(RequestCategory category) {
        this.category = category;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getAnswerFr() {
        return answerFr;
    }

    public void setAnswerFr(String answerFr) {
        this.answerFr = answerFr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getAnswerEn() {
        return answerEn;
    }

    public void setAnswerEn(String answerEn) {
        this.answerEn = answerEn;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
