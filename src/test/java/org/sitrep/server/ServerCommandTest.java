package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sitrep.cli.Main;
import picocli.CommandLine;

/**
 * {@code sitrep serve} is registered, documents its options, binds to loopback by default and
 * refuses bad ones.
 */
class ServerCommandTest {
  @Test
  void serveIsACommandWithDataPortAndHostOptions() {
    CommandLine cl = new CommandLine(new Main());
    assertTrue(cl.getSubcommands().containsKey("serve"));
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    assertEquals(0, cl.execute("serve", "--help"));
    for (String o : new String[] {"--data", "--port", "--host", "127.0.0.1"})
      assertTrue(out.toString().contains(o), o);
  }

  @Test
  void aBadPortIsRefusedBeforeAnythingStarts() {
    CommandLine cl = new CommandLine(new Main());
    cl.setErr(new PrintWriter(new StringWriter()));
    assertNotEquals(0, cl.execute("serve", "--port", "eighty"));
    assertThrows(
        IllegalArgumentException.class, () -> new SitrepServer.Config("127.0.0.1", 70_000, 1));
  }
}
