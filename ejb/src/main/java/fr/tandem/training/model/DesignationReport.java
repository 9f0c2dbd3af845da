package fr.tandem.training.model;

import java.util.List;

/**
 * What designating a target public to a session did: how many teachers got a seat, how many
 * already had one in a session of the offer, and who could not be designated because another
 * session of theirs overlaps (their names, with the other session).
 */
public record DesignationReport(int designated, int alreadyEnrolled, List<String> overlapping) {
}
