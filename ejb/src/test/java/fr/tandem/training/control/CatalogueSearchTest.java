package fr.tandem.training.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;

import fr.tandem.training.Cycle;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The stored forms of target cycles that the catalogue query accepts for a teacher's school. */
class CatalogueSearchTest {

    @Test
    void aMaternelleMeetsEveryTargetThatNamesCycleOne() {
        assertThat(CatalogueSearch.cycleCodesMeeting(EnumSet.of(Cycle.C1)),
                containsInAnyOrder("C1", "C1,C2", "C1,C3", "C1,C2,C3"));
    }

    @Test
    void anElementaireMeetsEveryTargetThatNamesCycleTwoOrThree() {
        assertThat(CatalogueSearch.cycleCodesMeeting(EnumSet.of(Cycle.C2, Cycle.C3)),
                containsInAnyOrder("C2", "C3", "C1,C2", "C1,C3", "C2,C3", "C1,C2,C3"));
    }
}
