package fr.tandem.platform.api;

import jakarta.ws.rs.core.MediaType;

/** Whether a request body is JSON ({@code application/json} or any {@code +json} type). */
final class JsonMediaType {

    private JsonMediaType() {
    }

    static boolean matches(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }
}
