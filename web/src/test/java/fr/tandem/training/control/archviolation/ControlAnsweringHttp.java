package fr.tandem.training.control.archviolation;

import jakarta.ws.rs.core.Response;

/** A business class that answers HTTP itself. */
public class ControlAnsweringHttp {
    Response answer() {
        return Response.noContent().build();
    }
}
