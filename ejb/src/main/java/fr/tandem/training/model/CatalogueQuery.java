package fr.tandem.training.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.training.OfferCategory;
import java.time.LocalDate;

/**
 * What a teacher looks for in the catalogue: words of the title, topic or place; a category; an
 * equipment type the offer teaches to use; sessions from a day on (Paris time); and the window of rows wanted.
 */
public record CatalogueQuery(String words, OfferCategory category, EquipmentType equipmentType, LocalDate from, int first,
                             int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public CatalogueQuery {
        first = Math.max(0, first);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }
}
