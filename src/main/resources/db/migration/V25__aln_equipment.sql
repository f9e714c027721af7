-- Wales (issue 16, point 4): a school's request for specialist equipment for a pupil with ALN,
-- the specialist assessment attached (attachment owner ALN_EQUIP). The authority approves or
-- declines it with reasons, orders and funds it, and records its delivery; delivered equipment is
-- ALP, recorded on the pupil's IDP (plan_id, when recorded there).
-- status: REQUESTED, APPROVED, DECLINED, ORDERED, DELIVERED.
CREATE TABLE equipment_request (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT        NOT NULL,
    pupil_id           BIGINT        NOT NULL,
    school_id          BIGINT        NOT NULL,
    item               VARCHAR(200)  NOT NULL,
    purpose            VARCHAR(2000) NOT NULL,
    estimated_cost     DECIMAL(10,2) NOT NULL,
    status             VARCHAR(10)   NOT NULL,
    requested_by       VARCHAR(100)  NOT NULL,
    requested_at       DATETIME(6)   NOT NULL,
    decided_by         VARCHAR(100),
    decided_at         DATETIME(6),
    decision_reasons   VARCHAR(2000),
    funded_cost        DECIMAL(10,2),
    ordered_by         VARCHAR(100),
    ordered_on         DATE,
    delivered_by       VARCHAR(100),
    delivered_on       DATE,
    plan_id            BIGINT,
    version            INT           NOT NULL DEFAULT 0,
    KEY ix_equipment_request_la (local_authority_id, status),
    KEY ix_equipment_request_pupil (pupil_id),
    CONSTRAINT fk_equipment_request_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_equipment_request_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id)
);
