/**
 * The role home page: real figures for the signed-in user's scope.
 */
@NullMarked
package org.waymark.home;

import org.jspecify.annotations.NullMarked;
