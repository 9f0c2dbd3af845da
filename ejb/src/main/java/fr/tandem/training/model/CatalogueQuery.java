package fr.tandem.training.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.platform.Paging;
import fr.tandem.training.OfferCategory;
import java.time.LocalDate;

/**
 * What a teacher looks for in the catalogue: words of the title, topic or place; a category; an
 * equipment type the offer teaches to use; sessions from a day on (Paris time); and the window of rows wanted.
 */
public record CatalogueQuery(String words, OfferCategory category, EquipmentType equipmentType, LocalDate from, int first,
                             int size) {

    /** The most rows a page holds: the API's one maximum, {@link Paging#MAX_SIZE}. */
    public static final int MAX_SIZE = Paging.MAX_SIZE;

    public CatalogueQuery {
        first = Math.max(0, first);
        size = Paging.clamp(size);
    }
}
