/**
 * Rerunnable benchmarks (not part of the normal test run): {@code ./mvnw -Pbenchmark verify};
 * see docs/performance.md for the method and the figures.
 */
@NullMarked
package org.waymark.benchmark;

import org.jspecify.annotations.NullMarked;
