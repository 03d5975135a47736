/** Small helpers shared by the repositories: instants in and out of timestamp columns. */
package org.accordo.app.jdbc;
