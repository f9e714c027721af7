/**
 * Documents: the portal's printed documents (plans, bid forms, letters, records) share one page layout, fonts and labelling.
 */
@NullMarked
package org.waymark.documents;

import org.jspecify.annotations.NullMarked;
