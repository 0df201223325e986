package org.sitrep.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.cli.Main;

/**
 * A process of its own that runs CLI commands one after another, as a user would from a shell while
 * a server runs: the arguments are command lines separated by {@code ::}; after each it prints
 * {@code == exit N}.
 */
public final class ReadCommandsChild {
  private ReadCommandsChild() {}

  public static void main(String[] args) {
    List<String> cmd = new ArrayList<>();
    for (String a : args) {
      if (a.equals("::")) {
        run(cmd);
        cmd.clear();
      } else cmd.add(a);
    }
    if (!cmd.isEmpty()) run(cmd);
    System.out.flush();
  }

  private static void run(List<String> cmd) {
    int code = Main.run(cmd.toArray(String[]::new));
    System.out.println();
    System.out.println("== exit " + code + " " + Arrays.toString(cmd.toArray()));
    System.out.flush();
  }
}
