/**
 * Reading the organisation structure within the caller's scope.
 */
@NullMarked
package org.waymark.organisation.service;

import org.jspecify.annotations.NullMarked;
