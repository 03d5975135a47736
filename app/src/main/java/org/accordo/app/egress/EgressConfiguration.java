package org.accordo.app.egress;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link EgressSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EgressSettings.class)
class EgressConfiguration {}
