package fr.tandem.support.api;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.Created;
import fr.tandem.platform.api.RequestBody;
import fr.tandem.support.AttachmentPolicy;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.RequestStatus;
import fr.tandem.support.boundary.RequestQueue;
import fr.tandem.support.boundary.ServiceLevelTargets;
import fr.tandem.support.boundary.SupportRequests;
import fr.tandem.support.boundary.TrainingNeeds;
import fr.tandem.support.model.FileDownload;
import fr.tandem.support.model.RequestDetail;
import fr.tandem.support.model.RequestForm;
import fr.tandem.support.model.RequestQuery;
import fr.tandem.support.model.RequestSummary;
import fr.tandem.support.model.SatisfactionForm;
import fr.tandem.support.model.SatisfactionView;
import fr.tandem.support.model.ServiceCompliance;
import fr.tandem.support.model.ServiceLevelSummary;
import fr.tandem.support.model.TrainingNeed;
import fr.tandem.support.model.Upload;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Teachers' requests to the city over HTTP; the workflow and access rules live in the boundary. */
@Path("support")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class SupportResource {

    @EJB
    SupportRequests requests;

    @EJB
    RequestQueue queue;

    @EJB
    ServiceLevelTargets targets;

    @EJB
    TrainingNeeds needs;

    @Context
    UriInfo uri;

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a problem or ask for help; 201 with its Location",
            description = "Teachers report for their own school (schoolUai may be left out); city staff name it. "
                    + "category: HARDWARE, SOFTWARE, LICENCE_ACCESS, TRAINING_NEED, OTHER. Files are added apart.")
    public Response report(RequestForm form) {
        RequestSummary created = requests.report(RequestBody.required(form), List.of());
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("requests/mine")
    @Operation(summary = "My requests (a head teacher: every request of the school), newest first")
    public List<RequestSummary> mine() {
        return requests.mine();
    }

    /** The queue's filters and order, as query parameters. */
    public static class QueueParameters {
        @QueryParam("q")
        String text;
        @QueryParam("status")
        RequestStatus status;
        @QueryParam("category")
        RequestCategory category;
        @QueryParam("school")
        String school;
        @QueryParam("assignee")
        String assignee;
        @QueryParam("open")
        @DefaultValue("true")
        boolean open;
        @QueryParam("overdue")
        @DefaultValue("false")
        boolean overdue;
        @QueryParam("sort")
        @DefaultValue("createdAt")
        String sort;
        @QueryParam("desc")
        @DefaultValue("false")
        boolean descending;

        RequestQuery query() {
            return new RequestQuery(text, status, category, school, assignee, open, overdue, sort, !descending);
        }
    }

    @GET
    @Path("requests")
    @Operation(summary = "The city staff's queue (city staff, admin)",
            description = "q: words each found in the title, description, school name or requester's name; "
                    + "assignee: a username, or '-' for nobody; open: leave out resolved and closed (default true); "
                    + "overdue: only those past a service-level target; sort: createdAt, resolutionDue, status, category, "
                    + "schoolName, subject")
    public List<RequestSummary> queue(@BeanParam QueueParameters parameters) {
        return queue.search(parameters.query());
    }

    /** The id of a request. */
    public record RequestId(long id) {
    }

    @GET
    @Path("requests/{id}/next")
    @Operation(summary = "The next request of the queue after this one (city staff, admin); 204 after the last",
            description = "Takes the queue's parameters (q, status, category, school, assignee, open, overdue, sort, "
                    + "desc); the first request of the queue when this one is no longer in it.")
    public Response next(@PathParam("id") long id, @BeanParam QueueParameters parameters) {
        return queue.next(parameters.query(), id).map(next -> Response.ok(new RequestId(next)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    /** How many requests hold a reply not read yet. */
    public record UnreadCount(int count) {
    }

    @GET
    @Path("unread-replies")
    @Operation(summary = "How many of my requests hold a reply of the city I have not read yet")
    public UnreadCount unread() {
        return new UnreadCount(requests.unreadCount());
    }

    @GET
    @Path("requests/{id}")
    @Operation(summary = "One request with its thread and files")
    public RequestDetail find(@PathParam("id") long id) {
        return requests.find(id);
    }

    @POST
    @Path("requests/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a photo (JPEG, PNG, WebP) or a PDF, at most 5 MB; the body is the file",
            description = "name: the file name. The type is read from the content.")
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body)
            throws IOException {
        byte[] content = body.readNBytes(AttachmentPolicy.MAX_BYTES + 1);
        if (content.length > AttachmentPolicy.MAX_BYTES) {
            throw new RuleViolation("support.file.tooLarge", name == null ? "?" : name,
                    AttachmentPolicy.MAX_BYTES / 1024 / 1024);
        }
        RequestSummary changed = requests.addAttachment(id, new Upload(name, content));
        return Response.status(Response.Status.CREATED).entity(changed).build();
    }

    @GET
    @Path("requests/{id}/attachments/{file}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of a request")
    public Response download(@PathParam("id") long id, @PathParam("file") long file) {
        FileDownload download = requests.attachment(id, file);
        return Attachment.of(download.content(), download.contentType(), download.fileName());
    }

    /** A text a client sends with a step: a comment, a question, a solution, a reason. */
    public record Text(String text) {
    }

    /** How a request was solved, and whether its item is back in service (by default it is). */
    public record Resolution(String text, Boolean itemBackInService) {
    }

    /** Who a request goes to. */
    public record Assignment(String assignee) {
    }

    /** The item a request is about. */
    public record EquipmentLink(Long equipmentId) {
    }

    @POST
    @Path("requests/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign to a city staff member (city staff, admin)")
    public RequestSummary assign(@PathParam("id") long id, Assignment assignment) {
        return queue.assign(id, RequestBody.required(assignment).assignee());
    }

    @POST
    @Path("requests/{id}/start")
    @Operation(summary = "Start work (city staff, admin): in progress; a reported item goes to repair")
    public RequestSummary start(@PathParam("id") long id) {
        return queue.start(id);
    }

    @POST
    @Path("requests/{id}/question")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the teacher something (city staff, admin): waiting for the teacher")
    public RequestSummary askTeacher(@PathParam("id") long id, Text question) {
        return queue.askTeacher(id, RequestBody.required(question).text());
    }

    @POST
    @Path("requests/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment, from either side; the teacher's answer to a question puts it back in progress")
    public RequestSummary comment(@PathParam("id") long id, Text comment) {
        return requests.comment(id, RequestBody.required(comment).text());
    }

    @POST
    @Path("requests/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve, saying how (city staff, admin); a reported item is back in service",
            description = "itemBackInService: false keeps the item out of service (default true).")
    public RequestSummary resolve(@PathParam("id") long id, Resolution solution) {
        Resolution resolution = RequestBody.required(solution);
        return queue.resolve(id, resolution.text(), !Boolean.FALSE.equals(resolution.itemBackInService()));
    }

    @POST
    @Path("requests/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write an internal note (city staff, admin): city staff only see it, nobody gets it by mail")
    public RequestSummary note(@PathParam("id") long id, Text note) {
        return queue.note(id, RequestBody.required(note).text());
    }

    @POST
    @Path("requests/{id}/closure")
    @Operation(summary = "Close a resolved request (city staff, or the school confirming)")
    public RequestSummary close(@PathParam("id") long id) {
        return requests.close(id);
    }

    @POST
    @Path("requests/{id}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen a resolved or closed request within 7 days of its resolution, saying why")
    public RequestSummary reopen(@PathParam("id") long id, Text reason) {
        return requests.reopen(id, RequestBody.required(reason).text());
    }

    @POST
    @Path("requests/{id}/equipment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link the request to an item of its school (city staff, admin); the item's status follows")
    public RequestSummary linkEquipment(@PathParam("id") long id, EquipmentLink link) {
        Long equipmentId = RequestBody.required(link).equipmentId();
        if (equipmentId == null) {
            throw new RuleViolation("api.body.required");
        }
        return queue.linkEquipment(id, equipmentId);
    }

    @POST
    @Path("requests/{id}/referral")
    @Operation(summary = "Pass a training need to the inspectors of the school's circonscription (city staff, admin)")
    public RequestSummary refer(@PathParam("id") long id) {
        return queue.referToInspector(id);
    }

    @GET
    @Path("service-levels")
    @Operation(summary = "Targets per category, in working hours (08:00-17:00 Paris, weekdays outside public and school holidays)")
    public List<ServiceLevelSummary> serviceLevels() {
        return targets.serviceLevels();
    }

    @PUT
    @Path("service-levels/{category}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a category's targets (city staff, admin)")
    public ServiceLevelSummary changeServiceLevel(@PathParam("category") RequestCategory category,
                                                  ServiceLevelSummary level) {
        ServiceLevelSummary body = RequestBody.required(level);
        return targets.changeServiceLevel(category, body.firstAnswerHours(), body.resolutionHours());
    }

    @GET
    @Path("training-needs")
    @Operation(summary = "Training needs passed to my circonscription (inspectors)")
    public List<TrainingNeed> trainingNeeds() {
        return needs.ofMyCirconscription();
    }

    @GET
    @Path("compliance")
    @Operation(summary = "Open and overdue requests and service levels met, per category (city staff, admin; for dashboards)")
    public List<ServiceCompliance> compliance() {
        return targets.compliance();
    }

    @PUT
    @Path("requests/{id}/satisfaction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a resolved request (its teacher only): satisfied or not, and a comment",
            description = "{\"satisfied\":true,\"comment\":\"…\"}. Once the request is resolved or closed; one rating "
                    + "per request, which its teacher may change within 7 days of giving it.")
    public SatisfactionView rate(@PathParam("id") long id, SatisfactionForm rating) {
        return requests.rate(id, RequestBody.required(rating));
    }
}
