package org.accordo.app.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat answers what it refuses on its own with problem bodies too. */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

  @Bean
  TomcatContextCustomizer problemErrorPages() {
    return context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
      }
    };
  }
}
