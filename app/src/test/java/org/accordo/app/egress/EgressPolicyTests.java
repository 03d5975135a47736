package org.accordo.app.egress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The egress policy on literal hosts (refused as written, without DNS), on names (through a fixed
 * resolver, so without DNS too), with and without an allow-list, and on the connection it makes.
 */
class EgressPolicyTests {

  /** Names of the tests' fixed resolver and their addresses. */
  static final Map<String, List<String>> NAMES =
      Map.of(
          "metadata.test", List.of("169.254.169.254"),
          "intranet.test", List.of("10.20.3.4"),
          "rebinding.test", List.of("93.184.216.34", "127.0.0.1"),
          "cgnat.test", List.of("100.64.1.1"),
          "ula.test", List.of("fd12::1"),
          "public.test", List.of("93.184.216.34", "2606:4700::1111"));

  static final HostResolver RESOLVER =
      name -> {
        List<String> addresses = NAMES.get(name);
        if (addresses == null) {
          throw new UnknownHostException(name);
        }
        return addresses.stream().map(EgressPolicyTests::address).toList();
      };

  static EgressPolicy policy(String... allow) {
    return new EgressPolicy(new EgressSettings(Arrays.asList(allow)), RESOLVER);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    // loopback, in every form a URL can write it
    "127.0.0.1, LOOPBACK",
    "127.255.255.254, LOOPBACK",
    "2130706433, LOOPBACK", // one 32-bit decimal number
    "017700000001, LOOPBACK", // octal
    "0x7f.1, LOOPBACK", // hex and a short form
    "127.1, LOOPBACK", // inet_aton's two-part form
    "127.0.0.1., LOOPBACK", // a trailing dot
    "[::1], LOOPBACK",
    "[::ffff:127.0.0.1], LOOPBACK", // IPv4-mapped IPv6
    "[::ffff:7f00:1], LOOPBACK", // the same, in hex
    "[::127.0.0.1], LOOPBACK", // IPv4-compatible IPv6
    "[2002:7f00:1::], LOOPBACK", // 6to4 of 127.0.0.1
    "localhost, LOOPBACK",
    "api.localhost, LOOPBACK", // RFC 6761: every name under localhost
    "LOCALHOST, LOOPBACK",
    // unspecified
    "0.0.0.0, UNSPECIFIED",
    "0, UNSPECIFIED",
    "[::], UNSPECIFIED",
    // private
    "10.1.2.3, PRIVATE",
    "172.16.0.1, PRIVATE",
    "172.31.255.255, PRIVATE",
    "192.168.1.1, PRIVATE",
    "[fc00::1], PRIVATE",
    "[fd12:3456::1], PRIVATE",
    "[::ffff:10.0.0.1], PRIVATE",
    // shared address space (carrier-grade NAT)
    "100.64.0.1, SHARED",
    "100.127.255.254, SHARED",
    // link-local, with the cloud metadata service
    "169.254.169.254, LINK_LOCAL",
    "[fe80::1], LINK_LOCAL",
    "[64:ff9b::a9fe:a9fe], LINK_LOCAL", // NAT64 of 169.254.169.254
    "[::ffff:169.254.169.254], LINK_LOCAL",
    // multicast
    "224.0.0.1, MULTICAST",
    "239.255.255.250, MULTICAST",
    "[ff02::1], MULTICAST",
    // reserved, with the broadcast address
    "255.255.255.255, RESERVED",
    "240.0.0.1, RESERVED",
  })
  void refusesEveryInternalRangeWrittenAsALiteral(String host, AddressKind kind)
      throws UnknownHostException {
    assertThat(policy().refusalOfLiteral(host))
        .as(host)
        .hasValueSatisfying(
            reason -> assertThat(reason).contains(kind.description()).contains("egress policy"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "[2606:4700::1111]", "172.32.0.1"})
  void permitsPublicLiterals(String host) throws UnknownHostException {
    assertThat(policy().refusalOfLiteral(host)).as(host).isEmpty();
  }

  @Test
  void leavesNamesToTheirResolution() throws UnknownHostException {
    assertThat(policy().refusalOfLiteral("metadata.test")).isEmpty();
    assertThat(policy().refusalOfLiteral("example.com")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"256.1.1.1", "1.2.3.0x100", "09.1", "99999999999"})
  void refusesNumbersThatAreNoAddress(String host) {
    assertThatThrownBy(() -> policy().refusalOfLiteral(host))
        .isInstanceOf(UnknownHostException.class)
        .hasMessageContaining("not a valid IPv4 address");
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"metadata.test", "intranet.test", "cgnat.test", "ula.test"})
  void refusesNamesThatResolveToInternalAddresses(String name) {
    assertThatThrownBy(() -> policy().resolve(name))
        .isInstanceOf(EgressRefused.class)
        .hasMessageStartingWith(name + ": ");
  }

  @Test
  void refusesANameWhenAnyOfItsAddressesIsRefused() {
    assertThatThrownBy(() -> policy().resolve("rebinding.test"))
        .isInstanceOf(EgressRefused.class)
        .hasMessageContaining("127.0.0.1 is a loopback address");
  }

  @Test
  void resolvesAPublicNameToEveryAddress() throws IOException {
    assertThat(policy().resolve("public.test"))
        .extracting(InetAddress::getHostAddress)
        .containsExactly("93.184.216.34", "2606:4700:0:0:0:0:0:1111");
  }

  @Test
  void anAllowListedBlockIsPermittedAndOnlyIt() throws IOException {
    EgressPolicy policy = policy("10.20.0.0/16", "fd12::/16", "127.0.0.1");

    assertThat(policy.resolve("intranet.test")).hasSize(1);
    assertThat(policy.resolve("ula.test")).hasSize(1);
    assertThat(policy.refusalOfLiteral("10.20.255.255")).isEmpty();
    assertThat(policy.refusalOfLiteral("127.0.0.1")).isEmpty();
    assertThat(policy.refusalOfLiteral("10.21.0.1")).isPresent();
    assertThat(policy.refusalOfLiteral("127.0.0.2")).isPresent();
    // localhost is 127.0.0.1 and ::1: the second is not allowed
    assertThat(policy.refusalOfLiteral("localhost"))
        .hasValueSatisfying(
            reason -> assertThat(reason).contains("0:0:0:0:0:0:0:1 is a loopback address"));
    assertThatThrownBy(() -> policy.resolve("metadata.test")).isInstanceOf(EgressRefused.class);
  }

  @Test
  void aPolicyAllowingMoreKeepsWhatTheFirstAllowsAndNamesBothSettings() throws IOException {
    EgressPolicy webhooks = policy("10.20.0.0/16");
    EgressPolicy monitors =
        webhooks.alsoAllowing(List.of(Cidr.parse("127.0.0.1/32")), "accordo.monitoring.allow");

    assertThat(monitors.refusalOfLiteral("127.0.0.1")).isEmpty();
    assertThat(monitors.refusalOfLiteral("10.20.0.1")).as("the egress list still counts").isEmpty();
    assertThat(webhooks.refusalOfLiteral("127.0.0.1"))
        .as("the first policy is unchanged")
        .hasValueSatisfying(reason -> assertThat(reason).endsWith("with accordo.egress.allow)"));
    assertThat(monitors.refusalOfLiteral("127.0.0.2"))
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .endsWith("with accordo.monitoring.allow or accordo.egress.allow)"));
  }

  @Test
  void aNameWithoutAddressIsADnsFailure() {
    assertThatThrownBy(() -> policy().resolve("nowhere.test"))
        .isInstanceOf(UnknownHostException.class);
    assertThat(OutboundProblem.of(new UnknownHostException("x"))).isEqualTo(OutboundProblem.DNS);
  }

  @Test
  void connectsToACheckedAddressOnly() throws IOException {
    try (ServerSocket listener = new ServerSocket(0, 1, address("127.0.0.1"))) {
      int port = listener.getLocalPort();

      assertThatThrownBy(() -> policy().connect("127.0.0.1", port, Duration.ofSeconds(2)))
          .isInstanceOf(EgressRefused.class);
      assertThatThrownBy(() -> policy().connect("localhost", port, Duration.ofSeconds(2)))
          .isInstanceOf(EgressRefused.class);
      try (Socket socket =
          policy("127.0.0.1/32").connect("127.0.0.1", port, Duration.ofSeconds(2))) {
        assertThat(socket.isConnected()).isTrue();
        assertThat(socket.getInetAddress().getHostAddress()).isEqualTo("127.0.0.1");
      }
    }
  }

  @Test
  void aBadAllowListIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> new EgressSettings(List.of("10.0.0.0/33")))
        .hasMessageContaining("accordo.egress.allow")
        .hasMessageContaining("0 to 32");
    assertThatThrownBy(() -> new EgressSettings(List.of("intranet")))
        .hasMessageContaining("accordo.egress.allow")
        .hasMessageContaining("'intranet' is not an address block");
  }

  static InetAddress address(String text) {
    return IpLiterals.numeric(text).orElseThrow();
  }
}
