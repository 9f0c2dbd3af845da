package fr.tandem.support.model;

import fr.tandem.support.MessageEvent;
import fr.tandem.support.RequestStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One request with its description, its thread and its files, and the teacher's rating of it.
 *
 * @param satisfaction the teacher's rating, null until they give it
 * @param rateable whether the caller may rate the request now (its teacher, once it is resolved)
 */
@Schema(description = "One request as lists show it (summary) with its description, its thread, its files and its "
        + "teacher's rating (satisfaction, absent until given).")
public record RequestDetail(
        @Schema(required = true) RequestSummary summary,
        @Schema(required = true, description = "What the teacher wrote when reporting it.") String description,
        @Schema(required = true, description = "The thread, oldest first (the school's people do not get the city "
                + "staff's internal notes).") List<Message> messages,
        @Schema(required = true, description = "The files of the request; each is downloaded apart.")
        List<AttachmentSummary> attachments,
        SatisfactionView satisfaction,
        @Schema(required = true, description = "Whether the caller may rate the request now (its teacher, once it is "
                + "resolved or closed, and within 7 days of a rating given).") boolean rateable) {

    /**
     * A line of the thread: a comment, a status change, or both.
     *
     * @param internal a city staff's internal note (only city staff get these)
     */
    @Schema(name = "RequestMessage", description = "A line of a request's thread: a comment, a step of its workflow, "
            + "or both.")
    public record Message(
            @Schema(required = true, description = "When it was written, in UTC.", example = "2027-01-13T08:30:00Z")
            Instant at,
            @Schema(required = true, description = "What the line records (ASSIGNED: the body is the assignee's name; "
                    + "EQUIPMENT: the body is the item's serial number).") MessageEvent event,
            @Schema(required = true, description = "The name of its author.") String authorName,
            @Schema(required = true, description = "Whether its author is city staff.") boolean fromStaff,
            @Schema(required = true, description = "A city staff's internal note (only city staff get these).")
            boolean internal,
            @Schema(description = "Its text; absent for a step without text.") String body,
            @Schema(description = "The status the request left; absent when the line changed none.")
            RequestStatus statusFrom,
            @Schema(description = "The status the request took; absent when the line changed none.")
            RequestStatus statusTo) {
    }

    /** A file of the request (its content is downloaded apart). */
    @Schema(name = "RequestAttachment", description = "A file of a request (its content is downloaded apart).")
    public record AttachmentSummary(
            @Schema(required = true) long id,
            @Schema(required = true) String fileName,
            @Schema(required = true, description = "Its media type, read from its content.", example = "image/jpeg")
            String contentType,
            @Schema(required = true, description = "Its size in bytes.") int size) {
    }
}
