package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A host whose name resolves to a public address when it is checked and to a private one once the
 * request is under way (DNS rebinding) gets no answer read. The name lookups are replaced; the
 * connection itself goes to a server on loopback.
 */
class FetcherRebindingTest {
  static final String PAGE = "<html><body><p>A page.</p></body></html>";

  @Test
  void anAnswerFromAHostThatRebindsToAPrivateAddressIsNotRead() throws Exception {
    AtomicBoolean rebound = new AtomicBoolean();
    InetAddress outside = InetAddress.getByAddress(new byte[] {93, (byte) 184, (byte) 216, 34});
    InetAddress inside = InetAddress.getLoopbackAddress();
    Fetcher.Resolver dns = host -> new InetAddress[] {rebound.get() ? inside : outside};
    FetchPolicy policy =
        new FetchPolicy(
            "Sitrep/test",
            Duration.ofSeconds(20),
            3,
            1 << 20,
            Duration.ZERO,
            Duration.ofSeconds(20),
            2,
            false);
    try (LoopbackSite site = new LoopbackSite();
        Fetcher fetcher = new Fetcher(policy, dns)) {
      site.serve("/steady", "text/html", PAGE);
      site.on(
          "/rebinding",
          ex -> {
            rebound.set(true); // the name now points inside, after the check was made
            LoopbackSite.send(ex, 200, "text/html", PAGE);
          });
      // A host that stays public is fetched.
      assertEquals(200, fetcher.fetch(site.url("/steady"), Fetcher.Validators.NONE).status());

      FetchException e =
          assertThrows(
              FetchException.class,
              () -> fetcher.fetch(site.url("/rebinding"), Fetcher.Validators.NONE));
      assertEquals(FetchException.Kind.REFUSED, e.kind());
      assertTrue(e.getMessage().contains("loopback address"), e.getMessage());
      assertTrue(e.getMessage().contains("once connected"), e.getMessage());
      assertTrue(e.getMessage().contains("--allow-private"), e.getMessage());
    }
  }
}
