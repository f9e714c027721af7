/**
 * Real-browser tests: the portal served on a random port, driven through headless Chromium.
 */
package org.waymark.browser;
