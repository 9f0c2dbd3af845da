package fr.tandem.privacy.api;

import fr.tandem.platform.api.Attachment;
import fr.tandem.privacy.boundary.PersonalData;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Everything Tandem holds about the caller as a readable PDF in their language; a resource of its own
 * because its path continues {@code me/data} without a slash.
 */
@Path("me/data.pdf")
@RequestScoped
@Tag(name = "My account")
public class PersonalDataPdfResource {

    @EJB
    PersonalData personalData;

    @GET
    @Produces("application/pdf")
    @Operation(summary = "Everything Tandem holds about me, as a readable document (PDF, in my language)")
    @APIResponse(responseCode = "200", description = "The PDF document",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"mes-donnees-tandem.pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadMyPersonalData() {
        return Attachment.of(personalData.mineAsPdf(), "application/pdf", "mes-donnees-tandem.pdf");
    }
}
