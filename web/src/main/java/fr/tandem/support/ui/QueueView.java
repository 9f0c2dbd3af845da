package fr.tandem.support.ui;

import fr.tandem.platform.ui.UiMessages;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.RequestStatus;
import fr.tandem.support.boundary.RequestQueue;
import fr.tandem.support.boundary.ServiceLevelTargets;
import fr.tandem.support.model.RequestSummary;
import fr.tandem.support.model.ServiceLevelSummary;
import fr.tandem.support.model.StaffMember;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The city staff's queue: a text search, filters (status, category, school, assignee, open, overdue)
 * and order by column, carried in the address;
 * overdue requests stand out. The service levels are shown and changed here too.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient RequestQueue queue;

    @EJB
    transient ServiceLevelTargets targets;

    private final QueueFilters filters = new QueueFilters();
    private List<RequestSummary> list;
    private List<StaffMember> staff;
    private List<ServiceLevelSummary> levels;
    private RequestCategory levelCategory = RequestCategory.HARDWARE;
    private int levelFirstAnswer;
    private int levelResolution;

    @PostConstruct
    void init() {
        staff = queue.staff();
        levels = targets.serviceLevels();
    }

    /** Reads the queue again with the current filters and order (also once the address's filters are read). */
    public void refresh() {
        list = queue.search(filters.query());
    }

    /** Orders by a column header, the other way round when already ordered by it. */
    public void sortBy(String column) {
        filters.sortBy(column);
        refresh();
    }

    /** The header's aria-sort for a column: ascending, descending or none. */
    public String ariaSort(String column) {
        if (!column.equals(filters.getSort())) {
            return "none";
        }
        return filters.isDescending() ? "descending" : "ascending";
    }

    public void changeLevel() {
        UiMessages.attempt(() -> {
            targets.changeServiceLevel(levelCategory, levelFirstAnswer, levelResolution);
            levels = targets.serviceLevels();
            refresh();
            SupportTexts.BUNDLE.info("sup.levels.changed", SupportTexts.BUNDLE.text("sup.category." + levelCategory.name()));
        });
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public RequestCategory[] getCategories() {
        return RequestCategory.values();
    }

    public List<RequestSummary> getList() {
        return list;
    }

    public List<StaffMember> getStaff() {
        return staff;
    }

    public List<ServiceLevelSummary> getLevels() {
        return levels;
    }

    public QueueFilters getFilters() {
        return filters;
    }

    public RequestCategory getLevelCategory() {
        return levelCategory;
    }

    public void setLevelCategory(RequestCategory levelCategory) {
        this.levelCategory = levelCategory;
    }

    public int getLevelFirstAnswer() {
        return levelFirstAnswer;
    }

    public void setLevelFirstAnswer(int levelFirstAnswer) {
        this.levelFirstAnswer = levelFirstAnswer;
    }

    public int getLevelResolution() {
        return levelResolution;
    }

    public void setLevelResolution(int levelResolution) {
        this.levelResolution = levelResolution;
    }
}
