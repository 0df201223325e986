package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotate.Pipelines;
import org.sitrep.bench.SyntheticCorpus;
import org.sitrep.model.Annotated;
import org.sitrep.store.Store;
import org.sitrep.testing.ChildJvm;

/**
 * A server holds a data directory as its writer while CLI commands in other processes read the same
 * directory, and a CLI command that writes waits for the server, then does its work once the server
 * has stopped.
 */
class ReadersBesideServerTest {
  @TempDir Path dir;

  @Test
  void cliCommandsReadWhileTheServerWritesAndAWriterWaitsForIt() throws Exception {
    Path data = dir.resolve("data");
    Store store = Store.open(data);
    SitrepServer server = null;
    try {
      var corpus = new SyntheticCorpus(11, SyntheticCorpus.fillerFrom(Path.of("examples")));
      List<Annotated> docs = new ArrayList<>();
      for (int i = 0; i < 30; i++) docs.add(corpus.article(i));
      store.putAll(docs);
      store.commitIndex();
      store.resolveAll();
      server =
          SitrepServer.start(
              store, new SitrepServer.Config("127.0.0.1", 0, 1_000_000), Pipelines::byLanguage);
      String url = "http://127.0.0.1:" + server.port() + "/";
      store.describeWriter(
          "sitrep serve, which takes articles by POST to " + url + "api/documents");
      String story = store.situation().stories().get(0).id();
      String entity = store.situation().entities().get(0).id();
      String doc = docs.get(3).document().id();
      String word = docs.get(3).document().body().split("\\W+")[1];

      String d = data.toString();
      List<String> args = new ArrayList<>();
      for (String[] c :
          new String[][] {
            {"facts", "--data", d},
            {"search", word, "--data", d},
            {"entities", "--data", d},
            {"entity", entity, "--data", d},
            {"report", "--story", story, "--data", d},
            {"list", "--data", d},
            {"show", doc, "--data", d},
            {"stories", "--data", d},
            {"story", story, "--data", d},
            {"timeline", "--story", story, "--data", d},
            {"offices", "--data", d}
          }) {
        if (!args.isEmpty()) args.add("::");
        args.addAll(List.of(c));
      }
      Process readers = fork(ReadCommandsChild.class.getName(), args);
      String out = new String(readers.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(readers.waitFor(120, TimeUnit.SECONDS));
      String err = Files.readString(dir.resolve(ReadCommandsChild.class.getName() + ".err"));
      assertEquals(0, readers.exitValue(), err);
      assertFalse(err.contains("in use"), err);
      long ran = out.lines().filter(l -> l.startsWith("== exit ")).count();
      assertEquals(11, ran, out);
      out.lines()
          .filter(l -> l.startsWith("== exit "))
          .forEach(l -> assertTrue(l.startsWith("== exit 0 "), l + "\n" + err));
      assertTrue(out.contains(doc), "list and show name the stored article");
      assertTrue(out.contains(docs.get(3).document().title()), "search, list and show find it");

      // A command that writes gives up at once when told not to wait...
      Process impatient =
          fork("org.sitrep.cli.Main", List.of("resolve", "--data", d, "--lock-wait", "0"));
      assertTrue(impatient.waitFor(120, TimeUnit.SECONDS));
      String said = Files.readString(dir.resolve("org.sitrep.cli.Main.err"));
      assertNotEquals(0, impatient.exitValue());
      assertTrue(said.contains("in use by another Sitrep process (pid "), said);
      assertTrue(said.contains(url + "api/documents"), said);

      // ... and otherwise waits, saying for whom, and proceeds once the server has stopped.
      Process writer =
          new ProcessBuilder(command("org.sitrep.cli.Main", List.of("resolve", "--data", d)))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(writer.getErrorStream(), StandardCharsets.UTF_8));
      String first = lines.readLine();
      assertTrue(first != null && first.startsWith("sitrep: waiting for pid "), first);
      assertTrue(first.contains(url + "api/documents") && first.contains(d), first);
      Thread.sleep(500);
      assertTrue(writer.isAlive(), "waits while the server holds the directory");
      server.close();
      server = null;
      store.close();
      String rest = lines.lines().reduce("", (a, b) -> a + b + "\n");
      assertTrue(writer.waitFor(120, TimeUnit.SECONDS));
      assertEquals(0, writer.exitValue(), rest);
      assertTrue(rest.contains("resolved " + docs.size() + " documents"), rest);
    } finally {
      if (server != null) server.close();
      store.close();
    }
  }

  private Process fork(String main, List<String> args) throws Exception {
    return new ProcessBuilder(command(main, args))
        .redirectError(dir.resolve(main + ".err").toFile())
        .start();
  }

  private static List<String> command(String main, List<String> args) {
    return ChildJvm.command("512m", main, args);
  }
}
