/**
 * Attachments: files kept with a plan or a bid (risk assessments, behaviour protocols, health care plans, reports), checked by content and stored under server-made names.
 */
@NullMarked
package org.waymark.attachments;

import org.jspecify.annotations.NullMarked;
