package fr.tandem.platform.ui;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class PagedDataModelTest {

    /** Rows 1 to 45, as a database would page them, and what was asked of it. */
    static final class Rows implements Serializable {
        private static final long serialVersionUID = 1L;
        final List<String> asked = new ArrayList<>();

        long count() {
            asked.add("count");
            return 45;
        }

        List<Integer> page(SortMeta sort, int first, int size) {
            asked.add(sort == null ? "page " + first + "+" + size
                    : "page " + first + "+" + size + " by " + sort.getField() + " " + sort.getOrder());
            return IntStream.rangeClosed(first + 1, Math.min(45, first + size)).boxed().toList();
        }
    }

    private final Rows rows = new Rows();

    @Test
    void theCountAndEachPageComeFromTheFunctionsAsked() {
        PagedDataModel<Integer> model = new PagedDataModel<>(rows::count, rows::page, String::valueOf);

        assertThat(model.count(Map.of()), is(45));
        assertThat(model.load(40, 20, Map.of(), Map.of()), is(List.of(41, 42, 43, 44, 45)));
        assertThat(rows.asked, is(List.of("count", "page 40+20")));
    }

    @Test
    void thePageIsSortedByTheTablesFirstSortColumn() {
        PagedDataModel<Integer> model = new PagedDataModel<>(rows::count, rows::page, String::valueOf);
        Map<String, SortMeta> sortBy = new LinkedHashMap<>();
        sortBy.put("name", SortMeta.builder().field("name").order(SortOrder.DESCENDING).build());
        sortBy.put("uai", SortMeta.builder().field("uai").order(SortOrder.ASCENDING).build());

        model.load(0, 20, sortBy, Map.of());

        assertThat(rows.asked, is(List.of("page 0+20 by name DESCENDING")));
    }

    @Test
    void aCountBeyondWhatATableCanPageStopsAtTheLargestInt() {
        PagedDataModel<Integer> model = new PagedDataModel<>(() -> 5_000_000_000L, rows::page, String::valueOf);
        assertThat(model.count(Map.of()), is(Integer.MAX_VALUE));
    }

    @Test
    void rowsAreNamedByTheirKeyAndFoundAgainByIt() {
        PagedDataModel<Integer> findable = new PagedDataModel<>(rows::count, rows::page, row -> "row-" + row,
                key -> Integer.valueOf(key.substring(4)));
        assertThat(findable.getRowKey(7), is("row-7"));
        assertThat(findable.getRowData("row-7"), is(7));
    }

    @Test
    void theModelTravelsWithItsViewWhenTheSessionIsSerialized() throws IOException, ClassNotFoundException {
        PagedDataModel<Integer> model = new PagedDataModel<>(rows::count, rows::page, String::valueOf);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            @SuppressWarnings("unchecked")
            PagedDataModel<Integer> back = (PagedDataModel<Integer>) in.readObject();
            assertThat(back.count(Map.of()), is(45));
            assertThat(back.load(0, 2, Map.of(), Map.of()), is(List.of(1, 2)));
            assertThat(back.getRowKey(3), is("3"));
        }
    }
}
