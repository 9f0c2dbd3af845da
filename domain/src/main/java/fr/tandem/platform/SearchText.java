package fr.tandem.platform;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** Folds text for searching: lower case, no accents, single spaces ("École Jaurès" → "ecole jaures"). */
public final class SearchText {

    private SearchText() {
    }

    public static String of(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).map(SearchText::fold)
                .collect(Collectors.joining(" "));
    }

    /** The words a person typed, folded the same way, without empty ones. */
    public static List<String> words(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(fold(typed).split(" ")).filter(w -> !w.isEmpty()).toList();
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
