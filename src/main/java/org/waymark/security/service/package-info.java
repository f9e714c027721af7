/**
 * Authentication, account locking, the access policy and the current user's scope.
 */
@NullMarked
package org.waymark.security.service;

import org.jspecify.annotations.NullMarked;
