/**
 * The attachment record, the file-type and size checks, safe download names and the file store.
 */
@NullMarked
package org.waymark.attachments.domain;

import org.jspecify.annotations.NullMarked;
