package fr.tandem.platform.api;

import jakarta.ws.rs.core.Response;

/** A file answered for download (CSV, PDF): its type and the name a browser saves it under. */
public final class Attachment {

    private Attachment() {
    }

    public static Response of(byte[] content, String contentType, String fileName) {
        return Response.ok(content, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
