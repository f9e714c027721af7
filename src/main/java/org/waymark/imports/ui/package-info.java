/** The import page: upload, preview grid, confirmation and apply. */
@NullMarked
package org.waymark.imports.ui;

import org.jspecify.annotations.NullMarked;
