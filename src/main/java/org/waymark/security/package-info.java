/**
 * Users, roles, scopes, login and the single access policy that decides who may read or change which pupil, school or family.
 */
@NullMarked
package org.waymark.security;

import org.jspecify.annotations.NullMarked;
