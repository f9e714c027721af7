/**
 * Family budgets and the budget arithmetic a moderation decision is checked against.
 */
@NullMarked
package org.waymark.moderation.domain;

import org.jspecify.annotations.NullMarked;
