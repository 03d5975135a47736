/**
 * What an operator of several nodes needs: each node's id ({@link org.accordo.app.operations.NodeId}),
 * recorded on the escalations it records and the deliveries it attempts.
 */
package org.accordo.app.operations;
