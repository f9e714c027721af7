/**
 * Plans: England EHCP and SEN-support plans, Wales IDPs, Scotland Child's Plans and CSPs — their versions, lifecycle, reviews, parent and child views and the plan PDF.
 */
@NullMarked
package org.waymark.plans;

import org.jspecify.annotations.NullMarked;
