package org.accordo.app.clocks;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler: the clock poll and the outbox dispatcher run on it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClockSchedulingConfiguration {}
