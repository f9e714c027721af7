package org.waymark.notifications.service;

import org.waymark.security.domain.Role;

/**
 * Someone a step will send a notice to, as the person taking the step is shown it before
 * confirming: by the name they go by and the role they are told in (never by login name).
 */
public record Told(String name, Role role) {
}
