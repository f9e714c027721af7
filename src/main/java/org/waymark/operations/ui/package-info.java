/**
 * Meters read from the web layer: open Vaadin pages (UIs) and HTTP sessions.
 */
@NullMarked
package org.waymark.operations.ui;

import org.jspecify.annotations.NullMarked;
