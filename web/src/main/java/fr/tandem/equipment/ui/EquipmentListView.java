package fr.tandem.equipment.ui;

import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.equipment.boundary.EquipmentInventory;
import fr.tandem.equipment.model.EquipmentQuery;
import fr.tandem.equipment.model.EquipmentSpending;
import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.ListTotal;
import fr.tandem.platform.ui.PagedDataModel;
import fr.tandem.platform.ui.PageJson;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/** The inventory list: paged, sorted and filtered by the database; export and label sheets for city staff. */
@Named
@ViewScoped
public class EquipmentListView implements Serializable {

    /** Found once: each {@code Json.createX} call looks the provider up again through the service loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final long serialVersionUID = 1L;

    @EJB
    transient EquipmentInventory inventory;

    private String text;
    private String school;
    private EquipmentType type;
    private EquipmentStatus status;
    private long total = -1;
    private List<EquipmentSpending> spending;
    private List<EquipmentSummary> selection = new ArrayList<>();
    private final LazyDataModel<EquipmentSummary> model = new PagedDataModel<>(this::getTotal,
            (sort, first, size) -> getTotal() == 0 ? List.of() : inventory.items(query(sort, first, size)),
            item -> String.valueOf(item.id()), key -> inventory.find(Long.parseLong(key)));

    private EquipmentQuery query(SortMeta sort, int first, int size) {
        String field = sort == null ? "serialNumber" : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return new EquipmentQuery(text, school, type, status, field, ascending, first, size);
    }

    /**
     * The number of matching items, counted once per filter: the line above the table and the
     * table's pager share it, and each page is then one select.
     */
    public long getTotal() {
        if (total < 0) {
            total = inventory.count(query(null, 0, 1));
        }
        return total;
    }

    /** The line above the table: the number of matching items, or "more than 1 000" beyond the counted bound. */
    public String getTotalText() {
        return ListTotal.text(getTotal());
    }

    /** A filter changed: back to the first page, and count again. */
    public void filterChanged() {
        total = -1;
        org.primefaces.component.datatable.DataTable table = org.omnifaces.util.Components.findComponent("equipment");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** Money spent per type of equipment with the TNE and city shares (city staff), read once per view. */
    public List<EquipmentSpending> getSpending() {
        if (spending == null) {
            spending = inventory.spending();
        }
        return spending;
    }

    /**
     * The spending as a stacked bar chart (Chart.js configuration, written by {@link PageJson} like
     * every chart's), TNE share and city share per type.
     */
    public String getSpendingChart() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder tne = JSON.createArrayBuilder();
        JsonArrayBuilder city = JSON.createArrayBuilder();
        for (EquipmentSpending row : getSpending()) {
            labels.add(EquipmentTexts.BUNDLE.text("eq.type." + row.type()));
            tne.add(row.tne());
            city.add(row.city());
        }
        JsonObjectBuilder stacked = JSON.createObjectBuilder().add("stacked", true);
        return PageJson.of(JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("label", EquipmentTexts.BUNDLE.text("eq.tne")).add("data", tne)
                                .add("backgroundColor", "#2563eb"))
                        .add(JSON.createObjectBuilder().add("label", EquipmentTexts.BUNDLE.text("eq.city")).add("data", city)
                                .add("backgroundColor", "#f59e0b"))))
                .add("options", JSON.createObjectBuilder().add("scales", JSON.createObjectBuilder()
                        .add("x", stacked).add("y", stacked)))
                .build());
    }

    /** Every matching item (not only this page) as CSV. */
    public StreamedContent getExport() {
        return Downloads.of(inventory.exportCsv(query(null, 0, 1)), "text/csv; charset=UTF-8", "materiel.csv");
    }

    /** Sheets of labels of every item the list shows (all its pages), retired ones left out. */
    public StreamedContent getLabelSheet() {
        return UiMessages.attemptOrNull(() -> Downloads.of(inventory.labelSheet(query(null, 0, 1)),
                "application/pdf", "etiquettes.pdf"));
    }

    /** Sheets of labels of the items ticked in the list. */
    public StreamedContent getSelectionLabels() {
        if (selection.isEmpty()) {
            EquipmentTexts.BUNDLE.error("eq.labels.noneChosen");
            return null;
        }
        return UiMessages.attemptOrNull(() -> Downloads.of(inventory.labelSheet(selection.stream().map(EquipmentSummary::id).toList()),
                "application/pdf", "etiquettes.pdf"));
    }

    public List<EquipmentSummary> getSelection() {
        return selection;
    }

    public void setSelection(List<EquipmentSummary> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public EquipmentType[] getTypes() {
        return EquipmentType.values();
    }

    public EquipmentStatus[] getStatuses() {
        return EquipmentStatus.values();
    }

    public LazyDataModel<EquipmentSummary> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public EquipmentType getType() {
        return type;
    }

    public void setType(EquipmentType type) {
        this.type = type;
    }

    public EquipmentStatus getStatus() {
        return status;
    }

    public void setStatus(EquipmentStatus status) {
        this.status = status;
    }
}
