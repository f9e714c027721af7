/**
 * Panel screens: panels and members, meetings with their cases, interim decisions, appeals,
 * letters due, and a parent's list of their child's letters.
 */
@NullMarked
package org.waymark.panels.ui;

import org.jspecify.annotations.NullMarked;
