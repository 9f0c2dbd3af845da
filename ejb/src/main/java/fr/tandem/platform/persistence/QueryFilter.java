package fr.tandem.platform.persistence;

import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The where clause of a JPQL search and its named parameters, built once and applied alike to the
 * search's count and to its select of one page.
 */
public final class QueryFilter {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition that names no parameter. */
    public QueryFilter and(String condition) {
        where.append(" and ").append(condition);
        return this;
    }

    /** Adds a condition and the value of the one parameter it names (any number of times). */
    public QueryFilter and(String condition, String parameter, Object value) {
        return and(condition, Map.of(parameter, value));
    }

    /** Adds a condition and the values of the parameters it names. */
    public QueryFilter and(String condition, Map<String, ?> values) {
        parameters.putAll(values);
        return and(condition);
    }

    /** The clause, starting with " where". */
    public String where() {
        return where.toString();
    }

    /** Sets the parameters on a query written with {@link #where()}. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
