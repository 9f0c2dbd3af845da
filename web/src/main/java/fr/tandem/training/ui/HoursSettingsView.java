package fr.tandem.training.ui;

import fr.tandem.people.ui.CurrentUser;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.school.boundary.Schools;
import fr.tandem.school.model.CirconscriptionSummary;
import fr.tandem.training.CreditedHours;
import fr.tandem.training.HoursDuePolicy;
import fr.tandem.training.HoursDueTable;
import fr.tandem.training.boundary.HoursRules;
import fr.tandem.training.model.CirconscriptionHoursRules;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of a circonscription's training hours: hours due strictly pro rata or by its own
 * table (quotité → hours), who signs its attestations and its postal address. An inspector edits
 * their circonscription's; an administrator chooses the circonscription first.
 */
@Named
@ViewScoped
public class HoursSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient HoursRules rules;

    @EJB
    transient Schools schools;

    @Inject
    CurrentUser currentUser;

    private List<CirconscriptionSummary> circonscriptions;
    private String code;
    private CirconscriptionHoursRules loaded;
    private HoursDuePolicy policy;
    private final List<TableRow> rows = new ArrayList<>();
    private String signatoryName;
    private String signatoryTitle;
    private String street;
    private String postcode;
    private String city;

    /** One editable row of the table: a quotité and its hours due, in hours (13.5 = 13 h 30). */
    public static class TableRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private Integer percent;
        private BigDecimal hours;

        public Integer getPercent() {
            return percent;
        }

        public void setPercent(Integer percent) {
            this.percent = percent;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }
    }

    /** Called from the view's metadata: an inspector's own circonscription, or the one an administrator chose. */
    public void load() {
        if (circonscriptions == null) {
            circonscriptions = currentUser.is("ADMIN") ? schools.circonscriptions() : List.of();
        }
        if (!currentUser.is("ADMIN") || code != null && !code.isBlank()) {
            show(UiMessages.attemptOrNull(() -> rules.rules(code)));
        }
    }

    /** An administrator chose a circonscription. */
    public void choose() {
        show(code == null || code.isBlank() ? null : UiMessages.attemptOrNull(() -> rules.rules(code)));
    }

    public void addRow() {
        rows.add(new TableRow());
    }

    public void removeRow(TableRow row) {
        rows.remove(row);
    }

    public void save() {
        List<HoursDueTable.Row> table = rows.stream().filter(r -> r.percent != null || r.hours != null)
                .map(r -> new HoursDueTable.Row(r.percent, CreditedHours.minutesIn(r.hours))).toList();
        CirconscriptionHoursRules saved = UiMessages.attemptOrNull(() -> rules.change(code,
                new CirconscriptionHoursRules(null, null, policy, table, signatoryName, signatoryTitle, street,
                        postcode, city)));
        if (saved != null) {
            show(saved);
            UiMessages.info("hoursSettings.saved");
        }
    }

    private void show(CirconscriptionHoursRules shown) {
        loaded = shown;
        rows.clear();
        if (shown == null) {
            return;
        }
        code = shown.circonscriptionCode();
        policy = shown.policy();
        for (HoursDueTable.Row row : shown.table()) {
            TableRow editable = new TableRow();
            editable.percent = row.percent();
            editable.hours = BigDecimal.valueOf(row.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            rows.add(editable);
        }
        signatoryName = shown.signatoryName();
        signatoryTitle = shown.signatoryTitle();
        street = shown.street();
        postcode = shown.postcode();
        city = shown.city();
    }

    public List<CirconscriptionSummary> getCirconscriptions() {
        return circonscriptions;
    }

    public CirconscriptionHoursRules getLoaded() {
        return loaded;
    }

    public HoursDuePolicy[] getPolicies() {
        return HoursDuePolicy.values();
    }

    public List<TableRow> getRows() {
        return rows;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public HoursDuePolicy getPolicy() {
        return policy;
    }

    public void setPolicy(HoursDuePolicy policy) {
        this.policy = policy;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public void setSignatoryName(String signatoryName) {
        this.signatoryName = signatoryName;
    }

    public String getSignatoryTitle() {
        return signatoryTitle;
    }

    public void setSignatoryTitle(String signatoryTitle) {
        this.signatoryTitle = signatoryTitle;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
