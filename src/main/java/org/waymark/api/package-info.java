/**
 * The REST API for other systems (issue 22 point 4, DD018): versioned under {@code /api/v1}, read
 * and create pupils and read plans' status, funding and letters within a client's scope; clients
 * registered by an authority's administrator, each with its own key, scope and rate limit; every
 * call audited. Its own stateless security chain for {@code /api/**}.
 */
@NullMarked
package org.waymark.api;

import org.jspecify.annotations.NullMarked;
