/**
 * Bid use cases: start, fill in, submit, list and print, each checked against the caller's scope and audited.
 */
@NullMarked
package org.waymark.bids.service;

import org.jspecify.annotations.NullMarked;
