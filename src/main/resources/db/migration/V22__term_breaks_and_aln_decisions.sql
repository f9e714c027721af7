-- Wales (issue 16). Breaks inside a term (half-term weeks): not school days, so clocks counted in
-- school days (a school's 20 school days to refer a pupil's case) stop over them. Part of the
-- local_authority aggregate, like its terms.
CREATE TABLE term_break (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT NOT NULL,
    start_date         DATE   NOT NULL,
    end_date           DATE   NOT NULL,
    UNIQUE KEY uk_term_break (local_authority_id, start_date),
    CONSTRAINT fk_term_break_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);
