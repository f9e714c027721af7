/**
 * Demo data: invented authorities, families, schools, pupils and one login per role, created on first start when enabled.
 */
@NullMarked
package org.waymark.demo;

import org.jspecify.annotations.NullMarked;
