package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.store.StoreException;
import org.sitrep.store.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep token}: the API's access tokens. Writes through the API need a write token; reads
 * need a token when the server is bound beyond loopback. The CLI itself needs none.
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Create, list and revoke the HTTP API's access tokens.",
    subcommands = {
      TokenCommand.Create.class,
      TokenCommand.ListTokens.class,
      TokenCommand.Revoke.class
    })
final class TokenCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static Tokens open(DataOptions data) {
    try {
      return Tokens.open(data.data);
    } catch (StoreException e) {
      throw new UserError(e.getMessage());
    }
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description =
          "Create a token and print it once, as the last line of output; only its hash is kept.")
  static final class Create implements Callable<Integer> {
    @Mixin DataOptions data;

    @Option(
        names = "--name",
        paramLabel = "NAME",
        description = "a name to list and revoke it by (default: token-N)")
    String name;

    @Option(names = "--read-only", description = "the token may read but not write")
    boolean readOnly;

    @Override
    public Integer call() {
      try (Tokens t = open(data)) {
        String token;
        try {
          token = t.create(name, readOnly);
        } catch (IllegalArgumentException e) {
          throw new UserError(e.getMessage());
        }
        System.err.println(
            "sitrep: created "
                + (readOnly ? "read-only" : "read-write")
                + " token; it is shown once, send it as 'Authorization: Bearer TOKEN':");
        System.out.println(token);
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tokens.")
  static final class ListTokens implements Callable<Integer> {
    @Mixin DataOptions data;

    @Option(names = "--json", description = "one JSON object per token")
    boolean json;

    @Override
    public Integer call() {
      try (Tokens t = open(data)) {
        var all = t.list();
        if (json) {
          for (Tokens.Info i : all) System.out.println(Json.write(i));
          return 0;
        }
        if (all.isEmpty()) System.out.println("no tokens");
        for (Tokens.Info i : all)
          System.out.printf(
              "%-24s %-10s created %s  last used %s%n",
              i.name(),
              i.readOnly() ? "read-only" : "read-write",
              i.created(),
              i.lastUsed() == null ? "never" : i.lastUsed());
      }
      return 0;
    }
  }

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "Revoke a token by name.")
  static final class Revoke implements Callable<Integer> {
    @Mixin DataOptions data;

    @Parameters(paramLabel = "NAME", description = "the token's name")
    String name;

    @Override
    public Integer call() {
      try (Tokens t = open(data)) {
        if (!t.revoke(name)) throw new UserError("no token named '" + name + "'");
        System.err.println("sitrep: revoked token " + name);
      }
      return 0;
    }
  }
}
