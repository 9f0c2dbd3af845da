package fr.tandem.equipment;

/** What kind of item a piece of school equipment is. */
public enum EquipmentType {
    /** Écran numérique interactif (ENI). */
    INTERACTIVE_SCREEN,
    TABLET,
    /** A set of tablets in a trolley ("classe mobile"). */
    MOBILE_TABLET_SET,
    WEBRADIO_KIT,
    /** Visualiseur. */
    DOCUMENT_CAMERA,
    LAPTOP,
    OTHER
}
