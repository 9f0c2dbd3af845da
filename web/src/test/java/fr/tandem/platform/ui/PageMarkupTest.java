package fr.tandem.platform.ui;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every page, template and include is well-formed XML: Facelets refuses the whole page otherwise, and
 * a template's fault takes every page down with it (a fragment left open in the layout's menu did).
 */
class PageMarkupTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");

    @Test
    void everyPageIsWellFormed() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        // the layouts' <!DOCTYPE html> names no DTD to fetch
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        List<String> faults = new ArrayList<>();
        List<Path> pages = pages();
        for (Path page : pages) {
            try {
                factory.newSAXParser().parse(new InputSource(new StringReader(Files.readString(page))), new DefaultHandler());
            } catch (SAXException | IOException e) {
                faults.add(page + ": " + e.getMessage());
            }
        }
        assertThat(pages.size() > 20, is(true));
        assertThat(faults, is(empty()));
    }

    private static List<Path> pages() {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
