package fr.tandem.training.model;

/** An account that may run training sessions, as a choice in the inspector's form. */
public record TrainerChoice(String username, String name) {
}
