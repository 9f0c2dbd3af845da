package fr.tandem.support.ui;

import fr.tandem.platform.ui.UiMessages;
import fr.tandem.support.boundary.KnowledgeBase;
import fr.tandem.support.model.AnswerView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The knowledge base as a list: city staff see their city's answers, drafts too, and search them;
 * the schools' help page lists the published answers of their city the same way.
 */
@Named
@ViewScoped
public class KnowledgeListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient KnowledgeBase knowledge;

    private String words;
    private List<AnswerView> list = List.of();

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        UiMessages.attempt(() -> list = knowledge.search(words));
    }

    public List<AnswerView> getList() {
        return list;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
