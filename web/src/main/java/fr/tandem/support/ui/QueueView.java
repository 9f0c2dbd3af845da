package fr.tandem.support.ui;

import fr.tandem.platform.ui.UiMessages;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.RequestStatus;
import fr.tandem.support.boundary.RequestQueue;
import fr.tandem.support.boundary.ServiceLevelTargets;
import fr.tandem.support.model.RequestQuery;
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
 * The city staff's queue: filters (status, category, school, assignee, open, overdue) and order;
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

    private RequestStatus status;
    private RequestCategory category;
    private String school;
    private String assignee;
    private boolean openOnly = true;
    private boolean overdueOnly;
    private String sort = "createdAt";
    private boolean descending;
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
        refresh();
    }

    /** Reads the queue again with the current filters and order. */
    public void refresh() {
        list = queue.search(new RequestQuery(status, category, school, assignee, openOnly, overdueOnly, sort,
                !descending));
    }

    public void changeLevel() {
        UiMessages.attempt(() -> {
            targets.changeServiceLevel(levelCategory, levelFirstAnswer, levelResolution);
            levels = targets.serviceLevels();
            refresh();
            SupportTexts.BUNDLE.info("sup.done");
        });
    }

    public List<String> getSorts() {
        return List.of("createdAt", "resolutionDue", "status", "category", "schoolName", "subject");
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

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public RequestCategory getCategory() {
        return category;
    }

    public void setCategory(RequestCategory category) {
        this.category = category;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public boolean isDescending() {
        return descending;
    }

    public void setDescending(boolean descending) {
        this.descending = descending;
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
