/**
 * Creates the demo data set on first start.
 */
@NullMarked
package org.waymark.demo.service;

import org.jspecify.annotations.NullMarked;
