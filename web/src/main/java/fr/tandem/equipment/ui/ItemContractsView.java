package fr.tandem.equipment.ui;

import fr.tandem.equipment.boundary.Contracts;
import fr.tandem.equipment.model.ContractSummary;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The contracts covering an item, on the item's page (city staff), read once per view. */
@Named
@ViewScoped
public class ItemContractsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Contracts contracts;

    private final Map<Long, List<ContractSummary>> covering = new HashMap<>();

    public List<ContractSummary> of(long itemId) {
        return covering.computeIfAbsent(itemId, id -> contracts.covering(id));
    }
}
