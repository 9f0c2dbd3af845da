package fr.tandem.support.api;

import fr.tandem.platform.Paging;
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
import fr.tandem.support.model.AttachmentAdded;
import fr.tandem.support.model.FileDownload;
import fr.tandem.support.model.RequestDetail;
import fr.tandem.support.model.RequestForm;
import fr.tandem.support.model.RequestPage;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Teachers' requests to the city over HTTP; the workflow and access rules live in the boundary. */
@Path("support")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class SupportResource {

    /*
     * The descriptions of the queue's parameters, on each operation that takes them (Payara's own
     * OpenAPI scan fails on @Parameter on the fields of a @BeanParam class).
     */
    private static final String Q = "Words, each found in the title, the description, the school's name or the "
            + "requester's name (any case)";
    private static final String STATUS = "Only the requests in this status (then open is not applied)";
    private static final String SCHOOL = "Only the requests of this school, by its UAI";
    private static final String ASSIGNEE = "Only the requests assigned to this username, or '-' for those nobody has";
    private static final String OPEN = "Leave out the resolved and closed requests";
    private static final String OVERDUE = "Only the requests past a service-level due time now";
    private static final String SORT = "The order: createdAt, resolutionDue, status, category, schoolName or subject "
            + "(any other: createdAt)";
    private static final String DESC = "Sort in descending order";

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
                    + "Files are added apart.")
    @APIResponse(responseCode = "201", description = "The request was recorded.",
            headers = @Header(name = "Location", description = "The address of the new request",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RequestSummary.class)))
    public Response createRequest(RequestForm form) {
        RequestSummary created = requests.report(RequestBody.required(form), List.of());
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("requests/mine")
    @Operation(summary = "My requests (a head teacher: every request of the school), newest first")
    public List<RequestSummary> listMyRequests() {
        return requests.mine();
    }

    /** The queue's filters and order, as query parameters (described on the operations that take them). */
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
    @Operation(summary = "One page of the city staff's queue, filtered and sorted (city staff, admin)")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = Q)
    @Parameter(name = "status", in = ParameterIn.QUERY, description = STATUS)
    @Parameter(name = "school", in = ParameterIn.QUERY, description = SCHOOL, example = "0341234X")
    @Parameter(name = "assignee", in = ParameterIn.QUERY, description = ASSIGNEE)
    @Parameter(name = "open", in = ParameterIn.QUERY, description = OPEN)
    @Parameter(name = "overdue", in = ParameterIn.QUERY, description = OVERDUE)
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = SORT)
    @Parameter(name = "desc", in = ParameterIn.QUERY, description = DESC)
    public RequestPage listRequests(@BeanParam QueueParameters parameters,
                                    @QueryParam("first") @DefaultValue("0")
                                    @Parameter(description = "The position of the page's first request, from 0")
                                    int first,
                                    @QueryParam("size") @DefaultValue("20")
                                    @Parameter(description = "How many requests the page holds, at most 500")
                                    int size) {
        Paging.check(first, size);
        return queue.page(parameters.query(), first, size);
    }

    /** The id of a request. */
    @Schema(description = "The id of a request.")
    public record RequestId(@Schema(required = true) long id) {
    }

    @GET
    @Path("requests/{id}/next")
    @Operation(summary = "The next request of the queue after this one (city staff, admin); 204 after the last",
            description = "Takes the queue's filters and order; the first request of the queue when this one is no "
                    + "longer in it.")
    @APIResponse(responseCode = "200", description = "The next request's id.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RequestId.class)))
    @APIResponse(responseCode = "204", description = "This request is the last of the queue.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = Q)
    @Parameter(name = "status", in = ParameterIn.QUERY, description = STATUS)
    @Parameter(name = "school", in = ParameterIn.QUERY, description = SCHOOL, example = "0341234X")
    @Parameter(name = "assignee", in = ParameterIn.QUERY, description = ASSIGNEE)
    @Parameter(name = "open", in = ParameterIn.QUERY, description = OPEN)
    @Parameter(name = "overdue", in = ParameterIn.QUERY, description = OVERDUE)
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = SORT)
    @Parameter(name = "desc", in = ParameterIn.QUERY, description = DESC)
    public Response getNextRequest(@PathParam("id") long id, @BeanParam QueueParameters parameters) {
        return queue.next(parameters.query(), id).map(next -> Response.ok(new RequestId(next)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    /** How many requests hold a reply not read yet. */
    @Schema(description = "How many of the caller's requests hold a reply of the city they have not read yet.")
    public record UnreadCount(@Schema(required = true) int count) {
    }

    @GET
    @Path("unread-replies")
    @Operation(summary = "How many of my requests hold a reply of the city I have not read yet")
    public UnreadCount countUnreadReplies() {
        return new UnreadCount(requests.unreadCount());
    }

    @GET
    @Path("requests/{id}")
    @Operation(summary = "One request with its thread and files")
    public RequestDetail getRequest(@PathParam("id") long id) {
        return requests.find(id);
    }

    @POST
    @Path("requests/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a photo (JPEG, PNG, WebP) or a PDF, at most 5 MB; the body is the file",
            description = "The type is read from the content, whatever the Content-Type; at most 5 files per request, "
                    + "not on a closed request.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, description = "The file",
            content = @Content(mediaType = MediaType.WILDCARD,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "The file was attached; the request as it is now.",
            headers = @Header(name = "Location", description = "The address of the new file",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RequestSummary.class)))
    public Response addRequestAttachment(@PathParam("id") long id,
                                         @QueryParam("name") @Parameter(description = "The file's name",
                                                 example = "photo.jpg") String name,
                                         InputStream body) throws IOException {
        byte[] content = body.readNBytes(AttachmentPolicy.MAX_BYTES + 1);
        if (content.length > AttachmentPolicy.MAX_BYTES) {
            throw new RuleViolation("support.file.tooLarge", name == null ? "?" : name,
                    AttachmentPolicy.MAX_BYTES / 1024 / 1024);
        }
        AttachmentAdded added = requests.attach(id, new Upload(name, content));
        return Created.at(uri, added.attachmentId(), added.request());
    }

    @GET
    @Path("requests/{id}/attachments/{file}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of a request")
    @APIResponse(responseCode = "200", description = "The file, of the type it was stored with (JPEG, PNG, WebP or "
            + "PDF).", headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response downloadRequestAttachment(@PathParam("id") long id,
                                              @PathParam("file") @Parameter(description = "The file's id") long file) {
        FileDownload download = requests.attachment(id, file);
        return Attachment.of(download.content(), download.contentType(), download.fileName());
    }

    /** A text a client sends with a step: a comment, a question, a solution, a reason. */
    @Schema(description = "The text of a step of a request: a comment, a question, a note or a reason.")
    public record RequestText(@Schema(required = true, description = "At most 4000 characters.") String text) {
    }

    /** How a request was solved, and whether its item is back in service (by default it is). */
    @Schema(description = "How a request was solved, and whether its item is back in service.")
    public record RequestResolution(
            @Schema(required = true, description = "How it was solved, at most 4000 characters.") String text,
            @Schema(description = "Whether the request's item is back in service; false keeps it out of service "
                    + "(default true).") Boolean itemBackInService) {
    }

    /** Who a request goes to. */
    @Schema(description = "Who a request goes to.")
    public record RequestAssignment(
            @Schema(required = true, description = "The username of a city staff member of the school's city.")
            String assignee) {
    }

    /** The item a request is about. */
    @Schema(description = "The item of the school's inventory a request is about.")
    public record RequestEquipmentLink(@Schema(required = true) Long equipmentId) {
    }

    @POST
    @Path("requests/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign to a city staff member (city staff, admin)")
    public RequestSummary assignRequest(@PathParam("id") long id, RequestAssignment assignment) {
        return queue.assign(id, RequestBody.required(assignment).assignee());
    }

    @POST
    @Path("requests/{id}/start")
    @Operation(summary = "Start work (city staff, admin): in progress; a reported item goes to repair")
    public RequestSummary startRequest(@PathParam("id") long id) {
        return queue.start(id);
    }

    @POST
    @Path("requests/{id}/question")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the teacher something (city staff, admin): waiting for the teacher")
    public RequestSummary askTeacher(@PathParam("id") long id, RequestText question) {
        return queue.askTeacher(id, RequestBody.required(question).text());
    }

    @POST
    @Path("requests/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment, from either side; the teacher's answer to a question puts it back in progress")
    public RequestSummary addRequestComment(@PathParam("id") long id, RequestText comment) {
        return requests.comment(id, RequestBody.required(comment).text());
    }

    @POST
    @Path("requests/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve, saying how (city staff, admin); a reported item is back in service unless kept out")
    public RequestSummary resolveRequest(@PathParam("id") long id, RequestResolution solution) {
        RequestResolution resolution = RequestBody.required(solution);
        return queue.resolve(id, resolution.text(), !Boolean.FALSE.equals(resolution.itemBackInService()));
    }

    @POST
    @Path("requests/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write an internal note (city staff, admin): city staff only see it, nobody gets it by mail")
    public RequestSummary addRequestNote(@PathParam("id") long id, RequestText note) {
        return queue.note(id, RequestBody.required(note).text());
    }

    @POST
    @Path("requests/{id}/closure")
    @Operation(summary = "Close a resolved request (city staff, or the school confirming)")
    public RequestSummary closeRequest(@PathParam("id") long id) {
        return requests.close(id);
    }

    @POST
    @Path("requests/{id}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen a resolved or closed request within 7 days of its resolution, saying why")
    public RequestSummary reopenRequest(@PathParam("id") long id, RequestText reason) {
        return requests.reopen(id, RequestBody.required(reason).text());
    }

    @POST
    @Path("requests/{id}/equipment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link the request to an item of its school (city staff, admin); the item's status follows")
    public RequestSummary linkRequestEquipment(@PathParam("id") long id, RequestEquipmentLink link) {
        Long equipmentId = RequestBody.required(link).equipmentId();
        if (equipmentId == null) {
            throw new RuleViolation("api.body.required");
        }
        return queue.linkEquipment(id, equipmentId);
    }

    @POST
    @Path("requests/{id}/referral")
    @Operation(summary = "Pass a training need to the inspectors of the school's circonscription (city staff, admin)")
    public RequestSummary referTrainingNeed(@PathParam("id") long id) {
        return queue.referToInspector(id);
    }

    @GET
    @Path("service-levels")
    @Operation(summary = "Targets per category, in working hours (08:00-17:00 Paris, weekdays outside public and school holidays)")
    public List<ServiceLevelSummary> listServiceLevels() {
        return targets.serviceLevels();
    }

    @PUT
    @Path("service-levels/{category}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a category's targets (city staff, admin)",
            description = "City staff change their city's targets; an administrator changes the defaults.")
    public ServiceLevelSummary updateServiceLevel(@PathParam("category") RequestCategory category,
                                                  ServiceLevelSummary level) {
        ServiceLevelSummary body = RequestBody.required(level);
        return targets.changeServiceLevel(category, body.firstAnswerHours(), body.resolutionHours());
    }

    @GET
    @Path("training-needs")
    @Operation(summary = "Training needs passed to my circonscription (inspectors)")
    public List<TrainingNeed> listTrainingNeeds() {
        return needs.ofMyCirconscription();
    }

    @GET
    @Path("compliance")
    @Operation(summary = "Open and overdue requests and service levels met, per category (city staff, admin; for dashboards)")
    public List<ServiceCompliance> listServiceCompliance() {
        return targets.compliance();
    }

    @PUT
    @Path("requests/{id}/satisfaction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a resolved request (its teacher only): satisfied or not, and a comment",
            description = "Once the request is resolved or closed; one rating per request, which its teacher may change "
                    + "within 7 days of giving it.")
    public SatisfactionView rateRequest(@PathParam("id") long id, SatisfactionForm rating) {
        return requests.rate(id, RequestBody.required(rating));
    }
}
