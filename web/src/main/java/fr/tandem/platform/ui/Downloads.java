package fr.tandem.platform.ui;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Files offered for download from a page (CSV, PDF). */
public final class Downloads {

    private Downloads() {
    }

    public static StreamedContent of(byte[] content, String contentType, String fileName) {
        return DefaultStreamedContent.builder().name(fileName).contentType(contentType)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }
}
