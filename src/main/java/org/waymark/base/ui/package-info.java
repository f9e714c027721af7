/**
 * The shell: main layout, navigation, language switch, error views and shared UI helpers.
 */
@NullMarked
package org.waymark.base.ui;

import org.jspecify.annotations.NullMarked;
