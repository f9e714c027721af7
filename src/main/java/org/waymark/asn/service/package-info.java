/**
 * Hours request use cases for the school and scrutiny for the Education Support Officer, each
 * checked against the caller's scope and the authority's schemes, and audited.
 */
@NullMarked
package org.waymark.asn.service;

import org.jspecify.annotations.NullMarked;
