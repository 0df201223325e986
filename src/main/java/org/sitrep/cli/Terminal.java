package org.sitrep.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress display for long runs: a bar on an interactive terminal, nothing when output is piped or
 * in CI.
 */
final class Terminal {
  private Terminal() {}

  static boolean interactive() {
    return System.console() != null && System.getenv("CI") == null;
  }

  /** A progress bar of unknown length on stderr, or null when not on a terminal. */
  static ProgressBar progress(String task) {
    if (!interactive()) return null;
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .setUnit(" docs", 1)
        .build();
  }
}
