package fr.tandem.licence.model;

/**
 * A device as licences see it: its id, its school, a label people recognise it by (type, brand,
 * serial number) and whether it is retired.
 */
public record Device(long id, String uai, String schoolName, String label, boolean retired) {
}
