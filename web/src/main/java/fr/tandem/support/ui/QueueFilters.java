package fr.tandem.support.ui;

import fr.tandem.support.RequestCategory;
import fr.tandem.support.RequestStatus;
import fr.tandem.support.model.RequestQuery;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The queue's filters and order as the queue page and a request opened from it carry them in
 * their address (the same parameters as the REST queue), so that "next request" follows the
 * queue's order and "back to the queue" finds it as it was left.
 */
public class QueueFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private RequestStatus status;
    private RequestCategory category;
    private String school;
    private String assignee;
    private boolean openOnly = true;
    private boolean overdueOnly;
    private String sort = "createdAt";
    private boolean descending;

    public RequestQuery query() {
        return new RequestQuery(text, status, category, school, assignee, openOnly, overdueOnly, sort, !descending);
    }

    /** Orders by the column, the other way round when it is already ordered by it. */
    public void sortBy(String column) {
        descending = column.equals(sort) && !descending;
        sort = column;
    }

    /** The filters as an address's query string (without the leading ?), empty values left out. */
    public String queryString() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", text);
        parameters.put("status", status);
        parameters.put("category", category);
        parameters.put("school", school);
        parameters.put("assignee", assignee);
        parameters.put("open", openOnly ? null : "false");
        parameters.put("overdue", overdueOnly ? "true" : null);
        parameters.put("sort", "createdAt".equals(sort) ? null : sort);
        parameters.put("desc", descending ? "true" : null);
        return parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
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
        this.sort = sort == null || sort.isBlank() ? "createdAt" : sort;
    }

    public boolean isDescending() {
        return descending;
    }

    public void setDescending(boolean descending) {
        this.descending = descending;
    }
}
