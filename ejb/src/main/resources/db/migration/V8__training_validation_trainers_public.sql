-- Offers: their nature (animation pédagogique or formation continue, the two halves of the 18 hours),
-- whether the inspector validates each enrolment, and their target public (cycles and schools;
-- none of either means the whole circonscription).
ALTER TABLE training_offer ADD COLUMN nature VARCHAR(30) NOT NULL DEFAULT 'ANIMATION_PEDAGOGIQUE';
ALTER TABLE training_offer ADD COLUMN needs_validation BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE training_offer ADD COLUMN target_cycles VARCHAR(20);

CREATE TABLE training_offer_school (
    offer_id   BIGINT NOT NULL,
    school_id  BIGINT NOT NULL,
    CONSTRAINT training_offer_school_pk PRIMARY KEY (offer_id, school_id),
    CONSTRAINT training_offer_school_offer_fk FOREIGN KEY (offer_id) REFERENCES training_offer (id),
    CONSTRAINT training_offer_school_school_fk FOREIGN KEY (school_id) REFERENCES school (id)
);

-- Sessions: the trainers (CPC, ERUN, IEN) who run them; a trainer's other sessions at the same
-- time are flagged.
CREATE TABLE session_trainer (
    session_id  BIGINT NOT NULL,
    trainer_id  BIGINT NOT NULL,
    CONSTRAINT session_trainer_pk PRIMARY KEY (session_id, trainer_id),
    CONSTRAINT session_trainer_session_fk FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT session_trainer_account_fk FOREIGN KEY (trainer_id) REFERENCES account (id)
);
CREATE INDEX session_trainer_account_ix ON session_trainer (trainer_id);

-- Bookings the inspector made for a teacher (designation to an obligatoire offer).
ALTER TABLE booking ADD COLUMN designated BOOLEAN NOT NULL DEFAULT FALSE;
