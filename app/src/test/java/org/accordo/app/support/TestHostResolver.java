package org.accordo.app.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.accordo.app.egress.HostResolver;

/**
 * The host names of the servers under test: a table the tests fill ({@link #map}), so that names
 * reach the egress policy without DNS. A name not in the table has no address.
 */
public final class TestHostResolver implements HostResolver {

  private static final Map<String, List<InetAddress>> NAMES = new ConcurrentHashMap<>();

  /** Makes {@code name} resolve to {@code addresses} (literal IPv4 or IPv6 addresses). */
  public static void map(String name, String... addresses) {
    NAMES.put(
        name,
        Arrays.stream(addresses)
            .map(
                a -> {
                  try {
                    return InetAddress.getByName(a);
                  } catch (UnknownHostException e) {
                    throw new IllegalArgumentException(a + " is not an address", e);
                  }
                })
            .toList());
  }

  @Override
  public List<InetAddress> resolve(String name) throws UnknownHostException {
    List<InetAddress> addresses = NAMES.get(name);
    if (addresses == null) {
      throw new UnknownHostException(name + " is not in the tests' host table");
    }
    return addresses;
  }
}
