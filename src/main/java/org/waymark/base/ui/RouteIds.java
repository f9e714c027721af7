package org.waymark.base.ui;

import org.waymark.base.domain.NotFoundException;

import com.vaadin.flow.router.RouteParameters;

/** Record ids in addresses: a missing or malformed id is a record not found, not an error. */
public final class RouteIds {

    private RouteIds() {
    }

    public static long id(RouteParameters parameters, String name) {
        try {
            return Long.parseLong(parameters.get(name).orElseThrow());
        } catch (RuntimeException e) {
            throw new NotFoundException(name + " " + parameters.get(name).orElse(""));
        }
    }
}
