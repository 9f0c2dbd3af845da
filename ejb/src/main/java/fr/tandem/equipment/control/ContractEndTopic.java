package fr.tandem.equipment.control;

import fr.tandem.equipment.Contract;
import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;

/** Reminds the end of a contract. */
@Dependent
public class ContractEndTopic extends ContractDeadlineTopic {

    /** The topic's name. */
    public static final String NAME = "CONTRACT_END";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    LocalDate deadline(Contract contract) {
        return contract.endsOn();
    }

    @Override
    String mailKey() {
        return "contract.end";
    }
}
