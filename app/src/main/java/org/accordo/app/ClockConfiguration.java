package org.accordo.app;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the server: every "now" in the app comes from this bean, so tests can replace it
 * (a {@code @Primary} settable clock) and move time on purpose.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  /**
   * UTC, ticking in whole milliseconds: the precision of every instant Accordo stores (SLA
   * semantics §1).
   */
  @Bean
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
  }
}
