package fr.tandem.platform.ui;

import fr.tandem.platform.audit.AuditEntry;
import fr.tandem.platform.audit.AuditPage;
import fr.tandem.platform.audit.AuditTrail;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

class AuditViewTest {

    /** Counts the queries the view asks for: a search is a count and a select. */
    static final class CountingTrail extends AuditTrail {
        int counts;
        int selects;

        @Override
        public AuditPage search(String type, String entityId, String username, LocalDate from, LocalDate to,
                                int first, int size) {
            counts++;
            selects++;
            return new AuditPage(45, List.of());
        }

        @Override
        public long count(String type, String entityId, String username, LocalDate from, LocalDate to) {
            counts++;
            return 45;
        }

        @Override
        public List<AuditEntry> items(String type, String entityId, String username, LocalDate from, LocalDate to,
                                      int first, int size) {
            selects++;
            return List.of();
        }
    }

    @Test
    void onePageRenderCountsOnceAndSelectsOnce() {
        AuditView view = new AuditView();
        CountingTrail trail = new CountingTrail();
        view.trail = trail;

        assertThat(view.getTotal(), is(45L));
        assertThat(view.getModel().count(Map.of()), is(45));
        view.getModel().load(0, 20, Map.of(), Map.of());
        assertThat(trail.counts + " counts, " + trail.selects + " selects", is("1 counts, 1 selects"));
    }
}
