package fr.tandem.training.boundary;

/** An account that may run training sessions, as a choice in the inspector's form. */
public record TrainerChoice(String username, String name) {
}
