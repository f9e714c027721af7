/**
 * Panel use cases with their access checks: membership, case lists, decisions, interim
 * decisions, appeals and letters (generated off the UI thread).
 */
@NullMarked
package org.waymark.panels.service;

import org.jspecify.annotations.NullMarked;
