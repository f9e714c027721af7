/**
 * The data protection officer's use cases, checked and audited.
 */
@NullMarked
package org.waymark.dataprotection.service;

import org.jspecify.annotations.NullMarked;
