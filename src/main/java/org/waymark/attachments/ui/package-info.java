/**
 * The attachment list with upload and download, shared by the features that own attachments.
 */
@NullMarked
package org.waymark.attachments.ui;

import org.jspecify.annotations.NullMarked;
