/**
 * The what-if simulator: "what if we had promised this instead?" {@link
 * org.accordo.core.simulation.Simulation} replays a customer's ticket histories and outages under
 * its current contract and a proposed one, over a range of months, and compares them: compliance
 * per SLA, metric and priority with the median and p90 elapsed times, availability and credits per
 * month, the totals' difference, every clock whose breach appears or disappears, and the smallest
 * target that would have met a compliance goal. The proposed contract is linted first. A pure
 * function of its {@link org.accordo.core.simulation.SimulationInput}; the command line and the
 * server both call it.
 */
package org.accordo.core.simulation;
