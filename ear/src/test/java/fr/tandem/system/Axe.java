package fr.tandem.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility engine (the {@code axe.min.js} bundled in
 * {@code com.deque.html.axe-core:selenium}), injected into the page a browser shows and run on the
 * whole document with the WCAG 2.0 and 2.1 level A and AA rules (what RGAA 4 builds on).
 */
final class Axe {

    /** The rule tags checked: WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The impacts that fail a test. */
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final String SOURCE = load();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(arguments[1] || document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => ({
                  id: v.id, impact: v.impact || 'unknown', help: v.help,
                  targets: v.nodes.map(n => n.target.join(' '))}))))
              .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
            """;

    private Axe() {
    }

    /** One rule broken on a page: its id, impact, summary and the CSS selectors of the elements at fault. */
    record Violation(String page, String id, String impact, String help, List<String> targets) {

        boolean blocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return page + ": " + id + " (" + impact + ") " + help + " -> " + targets;
        }
    }

    /** Runs axe on the page the browser shows, named {@code page} in the answer. */
    static List<Violation> scan(WebDriver browser, String page) {
        return scan(browser, page, null);
    }

    /**
     * Runs axe on the part of the page the browser shows that the CSS selector {@code part} picks
     * ({@code #main-menu}; the whole page when null), named {@code page} in the answer.
     */
    static List<Violation> scan(WebDriver browser, String page, String part) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(SOURCE);
        List<?> found = (List<?>) js.executeAsyncScript(RUN, TAGS, part);
        return found.stream().map(Map.class::cast).map(v -> new Violation(page, (String) v.get("id"),
                (String) v.get("impact"), (String) v.get("help"),
                ((List<?>) v.get("targets")).stream().map(String::valueOf).toList())).toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
