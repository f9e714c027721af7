/**
 * The API's use cases (DD018): administrators register clients, turn them on and off and rotate
 * their keys; a request's key is resolved to its client; the API's reads and pupil creation run
 * through the pupils, plans, allocations and panels services as the client, under the same access
 * policy and audit as the screens.
 */
@NullMarked
package org.waymark.api.service;

import org.jspecify.annotations.NullMarked;
