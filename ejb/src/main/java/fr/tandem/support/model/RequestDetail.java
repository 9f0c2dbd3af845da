package fr.tandem.support.model;

import fr.tandem.support.MessageEvent;
import fr.tandem.support.RequestStatus;
import java.time.Instant;
import java.util.List;

/**
 * One request with its description, its thread and its files, and the teacher's rating of it.
 *
 * @param satisfaction the teacher's rating, null until they give it
 * @param rateable whether the caller may rate the request now (its teacher, once it is resolved)
 */
public record RequestDetail(RequestSummary summary, String description, List<Message> messages,
                            List<AttachmentSummary> attachments, SatisfactionView satisfaction, boolean rateable) {

    /**
     * A line of the thread: a comment, a status change, or both.
     *
     * @param internal a city staff's internal note (only city staff get these)
     */
    public record Message(Instant at, MessageEvent event, String authorName, boolean fromStaff, boolean internal,
                          String body, RequestStatus statusFrom, RequestStatus statusTo) {
    }

    /** A file of the request (its content is downloaded apart). */
    public record AttachmentSummary(long id, String fileName, String contentType, int size) {
    }
}
