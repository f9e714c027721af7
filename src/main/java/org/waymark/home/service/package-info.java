/**
 * Figures for each role's home page.
 */
@NullMarked
package org.waymark.home.service;

import org.jspecify.annotations.NullMarked;
