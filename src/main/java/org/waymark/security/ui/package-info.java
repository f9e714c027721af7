/**
 * The login page.
 */
@NullMarked
package org.waymark.security.ui;

import org.jspecify.annotations.NullMarked;
