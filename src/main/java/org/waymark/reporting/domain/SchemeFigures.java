package org.waymark.reporting.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.organisation.domain.Scheme;

/**
 * Which plans and ledger streams belong to a scheme, so the dashboard's scheme filter narrows
 * plans, spend and levels alike. No scheme: every plan type and every money stream.
 */
public final class SchemeFigures {

    private SchemeFigures() {
    }

    public static List<String> planTypes(@Nullable Scheme scheme) {
        if (scheme == null) {
            return List.of("EHCP", "SEN_SUPPORT", "IDP_SCHOOL", "IDP_LA", "CHILDS_PLAN", "CSP");
        }
        return switch (scheme) {
            case DESCRIPTOR_TOP_UP, RESOURCE_ALLOCATION -> List.of("EHCP", "SEN_SUPPORT");
            case IDP -> List.of("IDP_SCHOOL", "IDP_LA");
            case ASN_HOURS -> List.of("CHILDS_PLAN", "CSP");
        };
    }

    /** Streams whose lines hold money (Scotland's hours are reported as hours, not spend). */
    public static List<String> moneyStreams(@Nullable Scheme scheme) {
        if (scheme == null) {
            return List.of("AFN", "FNF", "HLN", "RAS");
        }
        return switch (scheme) {
            case DESCRIPTOR_TOP_UP -> List.of("AFN", "FNF", "HLN");
            case RESOURCE_ALLOCATION -> List.of("RAS");
            case IDP, ASN_HOURS -> List.of();
        };
    }

    /** Whether a figure that belongs to {@code owner} shows under the filter. */
    public static boolean shows(@Nullable Scheme filter, Scheme owner) {
        return filter == null || filter == owner;
    }
}
