/**
 * Previewing and applying an import within the caller's scope: a school SENCO for their own school,
 * an authority officer for any school of the authority; audited.
 */
@NullMarked
package org.waymark.imports.service;

import org.jspecify.annotations.NullMarked;
