package fr.tandem.training.model;

import java.util.List;

/** The sessions a trainer runs: those not over yet, soonest first, and those over (a year back), latest first. */
public record SessionsToRun(List<SessionSummary> upcoming, List<SessionSummary> past) {
}
