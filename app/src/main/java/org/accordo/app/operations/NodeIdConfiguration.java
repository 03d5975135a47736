package org.accordo.app.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This node's id: {@code accordo.node-id}, or the environment variable {@code ACCORDO_NODE_ID}, or
 * else {@code <host name>-<pid>}. Logged once at start ({@code accordo serve} also prints it).
 */
@Configuration(proxyBeanMethods = false)
class NodeIdConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(NodeIdConfiguration.class);

  @Bean
  NodeId nodeId(OperationsSettings settings) {
    String configured = settings.nodeId();
    NodeId id =
        NodeId.of(
            configured, configured.isBlank() ? hostName() : null, ProcessHandle.current().pid());
    LOG.info("node id: {}", id);
    return id;
  }

  private static String hostName() {
    String fromEnvironment = System.getenv("HOSTNAME");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "node";
    }
  }
}
