package fr.tandem.training.model;

/** A school whose teachers are away in training on a day: how many of them, so how many replacements. */
public record ReplacementSchool(String uai, String name, int teachers) {
}
