package fr.tandem.licence.model;

/** A city an administrator may create licences, products and suppliers for, as forms offer it. */
public record CityChoice(long id, String name) {
}
