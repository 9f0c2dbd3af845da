package fr.tandem.support.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer of the knowledge base cut for a page: its lines, each a run of plain text and web
 * addresses (http or https, without the punctuation that ends a sentence) that the page shows as
 * links. The page writes every piece escaped: nothing the author wrote is ever taken as HTML.
 */
@Named
@ApplicationScoped
public class AnswerText {

    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"'()]*[^\\s<>\"'().,;:!?»]");

    /** A piece of a line: text, or a web address to show as a link. */
    public record Piece(String text, boolean link) {
    }

    /** The lines of an answer (none for no answer). */
    public List<List<Piece>> lines(String text) {
        if (text == null) {
            return List.of();
        }
        List<List<Piece>> lines = new ArrayList<>();
        for (String line : text.split("\\r?\\n", -1)) {
            List<Piece> pieces = new ArrayList<>();
            Matcher address = ADDRESS.matcher(line);
            int done = 0;
            while (address.find()) {
                if (address.start() > done) {
                    pieces.add(new Piece(line.substring(done, address.start()), false));
                }
                pieces.add(new Piece(address.group(), true));
                done = address.end();
            }
            if (done < line.length()) {
                pieces.add(new Piece(line.substring(done), false));
            }
            lines.add(pieces);
        }
        return lines;
    }
}
