/**
 * Service credits (SLA semantics §5): the contract's credit terms, {@link
 * org.accordo.core.credit.Money} for every amount, and the evaluation of a closed period into
 * credit lines — exact decimals, rounded half-even to the currency's minor unit once, at the end.
 */
package org.accordo.core.credit;
