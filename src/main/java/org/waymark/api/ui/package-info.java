/**
 * The API's web side (DD018): the {@code /api/v1} REST controller and its JSON errors, and the
 * administrators' screen of API clients.
 */
@NullMarked
package org.waymark.api.ui;

import org.jspecify.annotations.NullMarked;
