package fr.tandem.licence.api;

import fr.tandem.licence.boundary.MyLicences;
import fr.tandem.licence.model.AssignmentSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What schools see of licences: the head teacher's school, the teacher's own assignments. */
@Path("licences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licences")
public class MyLicenceResource {

    @EJB
    MyLicences mine;

    @GET
    @Path("my-school")
    @Operation(summary = "The licences assigned to my school, with access instructions (head teachers)")
    public List<AssignmentSummary> listMySchoolLicences() {
        return mine.schoolAssignments();
    }

    @GET
    @Path("mine")
    @Operation(summary = "What is assigned to me or to the classes of my school, with access instructions (teachers)")
    public List<AssignmentSummary> listMyLicences() {
        return mine.mine();
    }
}
