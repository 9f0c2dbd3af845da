package fr.tandem.school.model;

import fr.tandem.platform.Paging;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;

/**
 * One page of the school list: free text (words of the UAI, name, commune or postcode), filters,
 * a sort field among {@link #SORT_FIELDS} and the window.
 */
public record SchoolQuery(String text, String circonscriptionCode, SchoolKind kind, PriorityEducation priority,
                          SchoolState state, String sortField, boolean ascending, int first, int size) {

    public static final java.util.Set<String> SORT_FIELDS =
            java.util.Set.of("uai", "name", "communeName", "kind", "priority", "state", "circonscriptionName");
    public SchoolQuery {
        first = Math.max(0, first);
        size = Paging.clamp(size);
        sortField = sortField == null || !SORT_FIELDS.contains(sortField) ? "name" : sortField;
    }

    /** All schools, by name, first page. */
    public static SchoolQuery firstPage(int size) {
        return new SchoolQuery(null, null, null, null, null, "name", true, 0, size);
    }
}
