package fr.tandem.support;

import fr.tandem.platform.SearchText;
import java.util.List;
import java.util.Set;

/**
 * The words of a search in the knowledge base: folded like {@link SearchText}, without the short
 * and common words that would match every answer ("le", "mon", "the"…).
 */
public final class KnowledgeSearch {

    private static final Set<String> COMMON = Set.of("les", "des", "une", "pas", "mon", "mes", "est", "que", "qui",
            "dans", "pour", "avec", "sur", "plus", "par", "aux", "ses", "son", "nos", "vos", "the", "and", "not", "for",
            "with", "does", "can", "are", "has", "have", "from", "this", "that", "our", "any", "you");

    private KnowledgeSearch() {
    }

    public static List<String> words(String typed) {
        return SearchText.words(typed).stream().filter(w -> w.length() >= 3 && !COMMON.contains(w)).distinct().toList();
    }
}
