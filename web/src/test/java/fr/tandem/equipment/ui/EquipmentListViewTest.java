package fr.tandem.equipment.ui;

import fr.tandem.equipment.boundary.EquipmentInventory;
import fr.tandem.equipment.model.EquipmentPage;
import fr.tandem.equipment.model.EquipmentQuery;
import fr.tandem.equipment.model.EquipmentSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

class EquipmentListViewTest {

    /** Counts the queries the view asks for: a search is a count and a select. */
    static final class CountingInventory extends EquipmentInventory {
        int counts;
        int selects;

        @Override
        public EquipmentPage search(EquipmentQuery query) {
            counts++;
            selects++;
            return new EquipmentPage(45, List.of());
        }

        @Override
        public long count(EquipmentQuery query) {
            counts++;
            return 45;
        }

        @Override
        public List<EquipmentSummary> items(EquipmentQuery query) {
            selects++;
            return List.of();
        }
    }

    @Test
    void onePageRenderCountsOnceAndSelectsOnce() {
        EquipmentListView view = new EquipmentListView();
        CountingInventory inventory = new CountingInventory();
        view.inventory = inventory;

        assertThat(view.getTotal(), is(45L));
        assertThat(view.getModel().count(Map.of()), is(45));
        view.getModel().load(0, 20, Map.of(), Map.of());
        assertThat(inventory.counts + " counts, " + inventory.selects + " selects", is("1 counts, 1 selects"));
    }
}
