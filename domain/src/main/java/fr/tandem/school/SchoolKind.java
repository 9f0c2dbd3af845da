package fr.tandem.school;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What kind of primary school it is, after the ministry's nature codes and the maternelle /
 * élémentaire flags of the Annuaire (an école primaire has both).
 */
@Schema(description = "The kind of primary school: maternelle (nursery), élémentaire, or primaire (both); "
        + "_APPLICATION for an école d'application, ELEMENTAIRE_SPECIALISEE for a specialised school.")
public enum SchoolKind {
    MATERNELLE,
    ELEMENTAIRE,
    PRIMAIRE,
    MATERNELLE_APPLICATION,
    ELEMENTAIRE_APPLICATION,
    PRIMAIRE_APPLICATION,
    ELEMENTAIRE_SPECIALISEE;

    /**
     * Derives the kind from the Annuaire's {@code code_nature} (103 and 153 are "d'application",
     * 162 is "spécialisée") and its {@code Ecole_maternelle} / {@code Ecole_elementaire} flags.
     */
    public static SchoolKind of(String natureCode, boolean maternelle, boolean elementaire) {
        String code = natureCode == null ? "" : natureCode.strip();
        boolean application = "103".equals(code) || "153".equals(code);
        if ("162".equals(code)) {
            return ELEMENTAIRE_SPECIALISEE;
        }
        boolean both = maternelle && elementaire;
        boolean onlyMaternelle = maternelle && !elementaire || !elementaire && code.startsWith("10");
        if (both) {
            return application ? PRIMAIRE_APPLICATION : PRIMAIRE;
        }
        if (onlyMaternelle) {
            return application ? MATERNELLE_APPLICATION : MATERNELLE;
        }
        return application ? ELEMENTAIRE_APPLICATION : ELEMENTAIRE;
    }
}
