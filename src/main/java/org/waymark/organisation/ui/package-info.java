/**
 * The authority's calendar screen: term dates and bank holidays, edited and imported.
 */
@NullMarked
package org.waymark.organisation.ui;

import org.jspecify.annotations.NullMarked;
