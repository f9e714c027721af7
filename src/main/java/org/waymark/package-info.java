/**
 * Waymark: the portal in which schools, families of schools and local authorities run the support of pupils with additional needs. Application entry point and app shell.
 */
@NullMarked
package org.waymark;

import org.jspecify.annotations.NullMarked;
