package org.waymark.security.service;

import java.io.Serializable;
import java.security.Principal;

/**
 * Who a request belongs to between the password and the second step: it carries no role, so no
 * view or service that needs one opens, and {@link CurrentUser} finds nobody.
 */
public record TwoStepPending(long userId, String username, boolean enrolled) implements Principal, Serializable {

    public static final String AUTHORITY = "TWO_STEP_PENDING";

    @Override
    public String getName() {
        return username;
    }
}
