/**
 * API clients (DD018): the registered client with its scope, the hash of its key and its rate
 * limit; how keys are made and hashed.
 */
@NullMarked
package org.waymark.api.domain;

import org.jspecify.annotations.NullMarked;
