package fr.tandem.platform.ui;

import fr.tandem.platform.persistence.BoundedCount;

/** The number of rows a list matches as the line above its table says it: the number, or "more than 1 000". */
public final class ListTotal {

    private ListTotal() {
    }

    /** The text of a count made by {@link BoundedCount}, in the person's language. */
    public static String text(long count) {
        return BoundedCount.exact(count) ? Long.toString(count)
                : UiMessages.text("list.total.moreThan", BoundedCount.BOUND);
    }
}
