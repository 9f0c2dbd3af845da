package fr.tandem.platform.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Feeds a data table one page at a time from the database: a count function says how many rows
 * match, a page function gives the rows of one page in the table's sort order, and the row key
 * function (with, where the table selects rows, a way back from a key to its row) names each row.
 * The functions are serializable, as the view they belong to.
 *
 * @param <T> the row
 */
public final class PagedDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows match. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** The rows of one page, sorted by the table's first sort column ({@code null} when it has none). */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> rows(SortMeta sort, int first, int size);
    }

    /** A row's key, or a row found again by its key. */
    @FunctionalInterface
    public interface Lookup<A, B> extends Serializable {
        B apply(A from);
    }

    private final Count count;
    private final Page<T> page;
    private final Lookup<T, String> rowKey;
    private final Lookup<String, T> rowByKey;

    /** A model whose rows are never looked up by key. */
    public PagedDataModel(Count count, Page<T> page, Lookup<T, String> rowKey) {
        this(count, page, rowKey, null);
    }

    public PagedDataModel(Count count, Page<T> page, Lookup<T, String> rowKey, Lookup<String, T> rowByKey) {
        this.count = count;
        this.page = page;
        this.rowKey = rowKey;
        this.rowByKey = rowByKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        return page.rows(sort, first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }

    @Override
    public T getRowData(String key) {
        return rowByKey == null ? super.getRowData(key) : rowByKey.apply(key);
    }
}
