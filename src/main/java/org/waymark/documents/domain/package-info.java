/**
 * The PDF page layout every printed document uses: embedded fonts that print Welsh letters, a header naming whose document it is, and page x of y.
 */
@NullMarked
package org.waymark.documents.domain;

import org.jspecify.annotations.NullMarked;
