package fr.tandem.support.ui;

import fr.tandem.support.RequestStatus;
import fr.tandem.support.boundary.SupportRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The badges of the support pages: the colour of a request's status, and the count of the
 * caller's requests holding a reply not read yet (read once per page).
 */
@Named
@RequestScoped
public class SupportBadges {

    @EJB
    SupportRequests requests;

    private Integer unread;

    /** The tandem.css class of a status's badge. */
    public String status(RequestStatus status) {
        return switch (status) {
            case NEW, ASSIGNED -> "status-info";
            case IN_PROGRESS, WAITING_FOR_TEACHER -> "status-warn";
            case RESOLVED -> "status-ok";
            case CLOSED -> "status-neutral";
        };
    }

    /** How many of the caller's requests hold a reply of the city they have not read. */
    public int getUnread() {
        if (unread == null) {
            unread = requests.unreadCount();
        }
        return unread;
    }
}
