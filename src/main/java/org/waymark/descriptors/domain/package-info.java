/**
 * The framework aggregate, its CSV format, the level-proposal rule and the checks on a framework's content.
 */
@NullMarked
package org.waymark.descriptors.domain;

import org.jspecify.annotations.NullMarked;
