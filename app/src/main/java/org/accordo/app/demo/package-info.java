/**
 * {@code accordo serve --demo}: the example contract, a demo customer and a few hundred tickets.
 */
package org.accordo.app.demo;
