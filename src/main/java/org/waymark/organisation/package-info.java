/**
 * Local authorities (nation, schemes, term dates), bank-holiday calendars, families (clusters) of schools and schools.
 */
@NullMarked
package org.waymark.organisation;

import org.jspecify.annotations.NullMarked;
