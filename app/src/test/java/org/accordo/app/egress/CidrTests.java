package org.accordo.app.egress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Address blocks: which addresses they contain. */
class CidrTests {

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
    "10.0.0.0/8, 10.255.255.255, true",
    "10.0.0.0/8, 11.0.0.0, false",
    "172.16.0.0/12, 172.31.0.1, true", // a prefix that ends inside a byte
    "172.16.0.0/12, 172.32.0.1, false",
    "100.64.0.0/10, 100.127.0.1, true",
    "100.64.0.0/10, 100.128.0.1, false",
    "127.0.0.1, 127.0.0.1, true", // an address alone is a block of one
    "127.0.0.1, 127.0.0.2, false",
    "0.0.0.0/0, 93.184.216.34, true", // every IPv4 address
    "0.0.0.0/0, ::1, false", // but no IPv6 one
    "fe80::/10, febf::1, true",
    "fe80::/10, fec0::1, false",
    "::/0, 2606:4700::1111, true",
  })
  void containsTheAddressesThatShareItsPrefix(String block, String address, boolean contained) {
    assertThat(Cidr.parse(block).contains(EgressPolicyTests.address(address))).isEqualTo(contained);
  }
}
