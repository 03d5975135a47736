/**
 * The other PSAs allowed to send events, and the proof of each delivery: an HMAC-SHA256 signature
 * of the body under the source's secret, fresh and not replayed.
 */
package org.accordo.app.inbound;
