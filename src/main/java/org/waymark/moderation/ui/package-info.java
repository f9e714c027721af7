/**
 * The family budget screen for authority administrators.
 */
@NullMarked
package org.waymark.moderation.ui;

import org.jspecify.annotations.NullMarked;
