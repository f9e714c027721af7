package org.waymark.ras.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/**
 * A past allocated case the converter learns from: an anonymous reference, the points it scored
 * and the yearly resource allocated. Cases decided through the RAS are added as they are decided.
 */
public record RasPastCase(@Id @Nullable Long id, long localAuthorityId, String reference, int points, BigDecimal amount,
                       LocalDate decidedOn) {

    public Converter.Past past() {
        return new Converter.Past(reference, points, amount);
    }
}
