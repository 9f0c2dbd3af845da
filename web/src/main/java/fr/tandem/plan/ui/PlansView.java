package fr.tandem.plan.ui;

import fr.tandem.plan.Programme;
import fr.tandem.plan.boundary.DigitalPlans;
import fr.tandem.plan.model.EnvelopeForm;
import fr.tandem.plan.model.PlanForm;
import fr.tandem.plan.model.PlanSummary;
import fr.tandem.people.ui.CurrentUser;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.school.boundary.Cities;
import fr.tandem.school.model.CitySummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The plans list: the plans the person may read, and for city staff and administrators the form
 * creating one with its programmes' rates and envelopes (administrators name the city).
 */
@Named
@ViewScoped
public class PlansView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient DigitalPlans plans;

    @EJB
    transient Cities cityList;

    @Inject
    CurrentUser user;

    private List<PlanSummary> list = List.of();
    private List<CitySummary> cities = List.of();
    private Long cityId;
    private String title;
    private Integer firstYear;
    private Integer lastYear;
    private BigDecimal tneRate = new BigDecimal("70");
    private BigDecimal tneAmount;
    private BigDecimal departementRate = new BigDecimal("20");
    private BigDecimal departementAmount;
    private BigDecimal cityRate = new BigDecimal("100");
    private BigDecimal cityAmount;

    @PostConstruct
    void load() {
        list = plans.list();
        if (user.is("ADMIN")) {
            cities = cityList.list();
        }
    }

    /** Whether the person creates plans (city staff and administrators). */
    public boolean mayCreate() {
        return user.is("CITY_STAFF") || user.is("ADMIN");
    }

    /** Creates the plan and opens its page. */
    public String create() {
        List<EnvelopeForm> envelopes = new ArrayList<>();
        envelopes.add(new EnvelopeForm(Programme.TNE, tneRate, tneAmount));
        envelopes.add(new EnvelopeForm(Programme.DEPARTEMENT, departementRate, departementAmount));
        envelopes.add(new EnvelopeForm(Programme.CITY, cityRate, cityAmount));
        PlanSummary created = UiMessages.attemptOrNull(() -> plans.create(new PlanForm(cityId, title, firstYear,
                lastYear, envelopes, null)));
        return created == null ? null : "/plan/plan.xhtml?faces-redirect=true&id=" + created.id();
    }

    public List<PlanSummary> getList() {
        return list;
    }

    public List<CitySummary> getCities() {
        return cities;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(Integer firstYear) {
        this.firstYear = firstYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }

    public void setLastYear(Integer lastYear) {
        this.lastYear = lastYear;
    }

    public BigDecimal getTneRate() {
        return tneRate;
    }

    public void setTneRate(BigDecimal tneRate) {
        this.tneRate = tneRate;
    }

    public BigDecimal getTneAmount() {
        return tneAmount;
    }

    public void setTneAmount(BigDecimal tneAmount) {
        this.tneAmount = tneAmount;
    }

    public BigDecimal getDepartementRate() {
        return departementRate;
    }

    public void setDepartementRate(BigDecimal departementRate) {
        this.departementRate = departementRate;
    }

    public BigDecimal getDepartementAmount() {
        return departementAmount;
    }

    public void setDepartementAmount(BigDecimal departementAmount) {
        this.departementAmount = departementAmount;
    }

    public BigDecimal getCityRate() {
        return cityRate;
    }

    public void setCityRate(BigDecimal cityRate) {
        this.cityRate = cityRate;
    }

    public BigDecimal getCityAmount() {
        return cityAmount;
    }

    public void setCityAmount(BigDecimal cityAmount) {
        this.cityAmount = cityAmount;
    }
}
