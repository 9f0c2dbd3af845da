package fr.tandem.training.model;

import fr.tandem.training.HoursDuePolicy;
import fr.tandem.training.HoursDueTable;
import java.util.List;

/**
 * A circonscription's settings for the training hours, as the settings page and the API read and
 * change them: how the hours due follow the quotité (PRORATA or TABLE, with the table's rows in
 * minutes), who signs the attestations, and the postal address printed on them. The code and name
 * are read only.
 */
public record CirconscriptionHoursRules(String circonscriptionCode, String circonscriptionName,
                                        HoursDuePolicy policy, List<HoursDueTable.Row> table, String signatoryName,
                                        String signatoryTitle, String street, String postcode, String city) {
}
