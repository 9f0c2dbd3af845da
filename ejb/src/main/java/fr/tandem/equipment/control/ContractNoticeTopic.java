package fr.tandem.equipment.control;

import fr.tandem.equipment.Contract;
import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;

/** Reminds the last day to denounce a contract (its end minus its notice period), when it has one. */
@Dependent
public class ContractNoticeTopic extends ContractDeadlineTopic {

    /** The topic's name. */
    public static final String NAME = "CONTRACT_NOTICE";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    LocalDate deadline(Contract contract) {
        return contract.noticeDeadline();
    }

    @Override
    String mailKey() {
        return "contract.notice";
    }
}
