package fr.tandem.school.ui;

import fr.tandem.school.boundary.Schools;
import fr.tandem.school.model.SchoolPage;
import fr.tandem.school.model.SchoolQuery;
import fr.tandem.school.model.SchoolSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

class SchoolListViewTest {

    /** Counts the queries the view asks for: a search is a count and a select. */
    static final class CountingSchools extends Schools {
        int counts;
        int selects;

        @Override
        public SchoolPage search(SchoolQuery query) {
            counts++;
            selects++;
            return new SchoolPage(45, List.of());
        }

        @Override
        public long count(SchoolQuery query) {
            counts++;
            return 45;
        }

        @Override
        public List<SchoolSummary> items(SchoolQuery query) {
            selects++;
            return List.of();
        }
    }

    @Test
    void onePageRenderCountsOnceAndSelectsOnce() {
        SchoolListView view = new SchoolListView();
        CountingSchools schools = new CountingSchools();
        view.schools = schools;

        assertThat(view.getTotal(), is(45L));
        assertThat(view.getModel().count(Map.of()), is(45));
        view.getModel().load(0, 20, Map.of(), Map.of());
        assertThat(schools.counts + " counts, " + schools.selects + " selects", is("1 counts, 1 selects"));

        view.getModel().count(Map.of());
        view.getModel().load(20, 20, Map.of(), Map.of());
        assertThat("the next page: one more select", schools.counts + " counts, " + schools.selects + " selects",
                is("1 counts, 2 selects"));
    }
}
