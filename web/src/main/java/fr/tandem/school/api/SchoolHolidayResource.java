package fr.tandem.school.api;

import fr.tandem.platform.api.RequestBody;
import fr.tandem.school.boundary.SchoolHolidays;
import fr.tandem.school.calendar.SchoolHolidayPeriod;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The school-holiday calendar sessions are checked against, over HTTP: imported from the ministry's file, read. */
@Path("training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class SchoolHolidayResource {

    @EJB
    SchoolHolidays holidays;

    @POST
    @Path("school-holidays")
    @Consumes({"text/csv", "text/calendar", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import the ministry's school-holiday calendar (CSV or iCalendar) for a zone; replaces it (admins)",
            description = "Sessions in the holidays are then flagged.")
    public List<SchoolHolidayPeriod> importSchoolHolidays(
            @Parameter(description = "The zone of the calendar to read in the file; absent: Zone C (académie de Montpellier)")
            @QueryParam("zone") String zone,
            InputStream body)
            throws IOException {
        return holidays.importFile(RequestBody.file(body, SchoolHolidays.MAX_FILE_MEGABYTES), zone);
    }

    @GET
    @Path("school-holidays")
    @Operation(summary = "The school-holiday periods sessions are checked against")
    public List<SchoolHolidayPeriod> listSchoolHolidays() {
        return holidays.calendar().periods();
    }
}
