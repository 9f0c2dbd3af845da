package fr.tandem.training.model;

/**
 * Who issues a circonscription's attestations, as printed on them: the inspector's name and title,
 * the circonscription's name and postal address (any part may be unknown: null).
 */
public record AttestationIssuer(String name, String title, String circonscription, String street, String postcode,
                                String city) {

    /** "Name, title, circonscription de X" as the check page and the record keep it. */
    public String signature() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {name, title, circonscription}) {
            if (part != null) {
                text.append(text.length() == 0 ? "" : ", ").append(part);
            }
        }
        return text.toString();
    }
}
