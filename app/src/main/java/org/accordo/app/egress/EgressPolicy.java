package org.accordo.app.egress;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accordo.app.refusal.Excerpt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one policy for every outbound connection to an address an API user chose: an address is
 * refused when it is of a refused {@link AddressKind} and no block of {@code accordo.egress.allow}
 * contains it. A name is refused when any of its addresses is (a name that mixes a public and an
 * internal address is how DNS rebinding starts). {@link #connect} connects only to the addresses it
 * checked.
 */
@Component
public class EgressPolicy {

  private final List<Cidr> allowed;
  private final HostResolver resolver;

  /** The settings an admin may allow a refused block with, as a refusal names them. */
  private final String allowedWith;

  @Autowired
  public EgressPolicy(EgressSettings settings, HostResolver resolver) {
    this(settings.allowed(), resolver, EgressSettings.ALLOW);
  }

  private EgressPolicy(List<Cidr> allowed, HostResolver resolver, String allowedWith) {
    this.allowed = List.copyOf(allowed);
    this.resolver = resolver;
    this.allowedWith = allowedWith;
  }

  /**
   * This policy with {@code blocks} allowed too, for one kind of connection only (the monitors'
   * {@code accordo.monitoring.allow}): what this policy allows stays allowed, and a refusal names
   * {@code setting} before this policy's own setting.
   */
  public EgressPolicy alsoAllowing(List<Cidr> blocks, String setting) {
    List<Cidr> both = new ArrayList<>(allowed);
    both.addAll(blocks);
    return new EgressPolicy(both, resolver, setting + " or " + allowedWith);
  }

  /**
   * Why the policy refuses {@code address}, or empty when it permits it.
   *
   * @return such as "127.0.0.2 is a loopback address, which the egress policy refuses"
   */
  public Optional<String> refusal(InetAddress address) {
    if (allowed.stream().anyMatch(block -> block.contains(address))) {
      return Optional.empty();
    }
    return AddressKind.of(address)
        .map(
            kind ->
                address.getHostAddress()
                    + " is "
                    + kind.description()
                    + ", which the egress policy refuses (an admin may allow its block with "
                    + allowedWith
                    + ")");
  }

  /**
   * Why the policy refuses {@code host} as written, without DNS: a literal address in any form, or
   * {@code localhost}. Empty for a permitted literal and for a name (checked when it is resolved).
   *
   * @throws UnknownHostException when {@code host} looks like an address but is not a valid one
   */
  public Optional<String> refusalOfLiteral(String host) throws UnknownHostException {
    Optional<List<InetAddress>> literal = IpLiterals.addresses(host);
    if (literal.isEmpty()) {
      return Optional.empty();
    }
    return literal.get().stream()
        .map(this::refusal)
        .flatMap(Optional::stream)
        .findFirst()
        .map(reason -> "'" + Excerpt.of(host) + "' stands for " + reason);
  }

  /**
   * Every address of {@code host}, each checked.
   *
   * @throws EgressRefused when one of them is refused
   * @throws UnknownHostException when the host has no address
   */
  public List<InetAddress> resolve(String host) throws IOException {
    List<InetAddress> addresses = IpLiterals.addresses(host).orElse(null);
    if (addresses == null) {
      addresses = resolver.resolve(host);
    }
    if (addresses.isEmpty()) {
      throw new UnknownHostException(host + " has no address");
    }
    for (InetAddress address : addresses) {
      Optional<String> refusal = refusal(address);
      if (refusal.isPresent()) {
        throw new EgressRefused(host + ": " + refusal.get());
      }
    }
    return addresses;
  }

  /**
   * A socket connected to one of the checked addresses of {@code host}, tried in the resolver's
   * order; never through a proxy.
   *
   * @param connectTimeout the longest wait for each address
   * @throws EgressRefused when the policy refuses the host
   * @throws IOException the last address's failure when none accepted the connection
   */
  public Socket connect(String host, int port, Duration connectTimeout) throws IOException {
    IOException last = null;
    for (InetAddress address : resolve(host)) {
      Socket socket = new Socket(Proxy.NO_PROXY);
      try {
        socket.connect(new InetSocketAddress(address, port), timeoutMillis(connectTimeout));
        return socket;
      } catch (IOException e) {
        socket.close();
        last = e;
      }
    }
    throw last;
  }

  private static int timeoutMillis(Duration timeout) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
  }
}
