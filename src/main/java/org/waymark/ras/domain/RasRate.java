package org.waymark.ras.domain;

import java.math.BigDecimal;

/** An hourly rate the authority costs provision with (teaching assistant, midday supervisor, specialist teaching …). */
public record RasRate(String code, String name, BigDecimal hourlyRate) {
}
