package org.accordo.app.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.stereotype.Component;

/** The system's resolver ({@link InetAddress#getAllByName}), with the JVM's DNS cache. */
@Component
class SystemHostResolver implements HostResolver {

  @Override
  public List<InetAddress> resolve(String name) throws UnknownHostException {
    return List.of(InetAddress.getAllByName(name));
  }
}
