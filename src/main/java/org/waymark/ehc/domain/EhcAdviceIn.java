package org.waymark.ehc.domain;

import java.time.LocalDate;

/**
 * Every advice asked for in an EHC needs assessment has come back (the last one returned on
 * {@code on}): published inside the returning transaction, so a feature that works from the
 * advice (England's RAS: the case co-ordinator scores the outcomes) starts without the EHC
 * feature knowing of it.
 */
public record EhcAdviceIn(long assessmentId, long localAuthorityId, long pupilId, long schoolId, LocalDate on) {
}
