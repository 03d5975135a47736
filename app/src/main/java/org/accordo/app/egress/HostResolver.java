package org.accordo.app.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into its addresses: the system's DNS in the server ({@link
 * SystemHostResolver}), a fixed table in tests, so that name-based cases of the policy are tested
 * without DNS.
 */
public interface HostResolver {

  /**
   * Every address of {@code name} (never a literal address: {@link EgressPolicy} reads those
   * itself).
   *
   * @throws UnknownHostException when the name has no address
   */
  List<InetAddress> resolve(String name) throws UnknownHostException;
}
