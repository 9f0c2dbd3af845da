package fr.tandem.equipment.ui;

import fr.tandem.equipment.boundary.EquipmentAlerts;
import fr.tandem.equipment.model.ItemBrief;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** City staff's "warranties ending" list: items whose warranty ends within so many days (90 at first). */
@Named
@ViewScoped
public class WarrantiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient EquipmentAlerts alerts;

    private int days = 90;
    private List<ItemBrief> items = List.of();

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        UiMessages.attempt(() -> items = alerts.warrantiesEnding(days));
    }

    public List<ItemBrief> getItems() {
        return items;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
