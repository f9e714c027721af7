/**
 * What operators of several nodes need (issue 21 points 4 and 6, DD015, docs/operations.md):
 * scheduled jobs run on one node at a time, health for the load balancer, metrics for Prometheus.
 */
@NullMarked
package org.waymark.operations;

import org.jspecify.annotations.NullMarked;
