/**
 * Setting family budgets (authority administrators) and reading a family's budget position.
 */
@NullMarked
package org.waymark.moderation.service;

import org.jspecify.annotations.NullMarked;
