package fr.tandem.platform.ui;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages keep data out of script contexts, and keep to what runs under the nonce-based
 * content security policy (docs/QUALITY.md): no inline {@code <script>} in a page (Facelets writes it
 * without the nonce), no Faces Ajax ({@code f:ajax}: Mojarra 4.0 runs the scripts of its updates
 * without the nonce), no unescaped output, and an expression in an event handler only through
 * {@code t:js(…)}; charts and calendars go through {@link PageJson}.
 */
class PageScriptsTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    /** An event-handler attribute: HTML's on… and PrimeFaces' callbacks (onstart, oncomplete…). */
    private static final Pattern HANDLER = Pattern.compile("\\s(on[a-z]+)=\"([^\"]*)\"");
    private static final Pattern EXPRESSION = Pattern.compile("[#$]\\{");

    private static List<Path> pages() {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thereArePagesToLookAt() {
        assertThat(pages().size() > 20, is(true));
    }

    @Test
    void noPageWritesAnInlineScriptUsesFacesAjaxOrUnescapedOutput() {
        List<String> found = new ArrayList<>();
        for (Path page : pages()) {
            String xhtml = read(page);
            for (String forbidden : List.of("<script", "<f:ajax", "escape=\"false\"", "javascript:")) {
                if (xhtml.contains(forbidden)) {
                    found.add(page + ": " + forbidden);
                }
            }
        }
        assertThat(found, is(empty()));
    }

    @Test
    void expressionsInEventHandlersGoThroughTheJavaScriptStringFunction() {
        List<String> found = new ArrayList<>();
        for (Path page : pages()) {
            Matcher handler = HANDLER.matcher(read(page));
            while (handler.find()) {
                Matcher expression = EXPRESSION.matcher(handler.group(2));
                while (expression.find()) {
                    if (!handler.group(2).startsWith("#{t:js(", expression.start())) {
                        found.add(page + ": " + handler.group(1) + "=\"" + handler.group(2) + "\"");
                    }
                }
            }
        }
        assertThat(found, is(empty()));
    }

    @Test
    void chartsAndCalendarsAreRenderedThroughPageJson() {
        String config = read(WEBAPP.resolve("WEB-INF/faces-config.xml"));
        assertThat(config, containsString("<renderer-type>org.primefaces.component.ChartRenderer</renderer-type>\n"
                + "      <renderer-class>" + PageJsonChartRenderer.class.getName() + "</renderer-class>"));
        assertThat(config, containsString("<renderer-type>org.primefaces.component.ScheduleRenderer</renderer-type>\n"
                + "      <renderer-class>" + PageJsonScheduleRenderer.class.getName() + "</renderer-class>"));
        assertThat(read(WEBAPP.resolve("WEB-INF/web.xml")), containsString(
                "<param-name>primefaces.CSP</param-name>\n    <param-value>true</param-value>"));
    }
}
