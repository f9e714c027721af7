/**
 * Framework use cases for administrators (edit, import, export, copy, publish) and readers (the published framework of a year).
 */
@NullMarked
package org.waymark.descriptors.service;

import org.jspecify.annotations.NullMarked;
