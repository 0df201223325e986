package org.sitrep.report;

/**
 * A report's Markdown as a terminal shows it: headings underlined, bold as bold, quotes indented
 * under a bar, Markdown's escapes removed ("\~780" reads "~780"), links as their address. With
 * {@code ansi} false, the same without escape codes.
 */
public final class TerminalMarkdown {
  private static final String BOLD = "\u001b[1m", DIM = "\u001b[2m", OFF = "\u001b[0m";

  private TerminalMarkdown() {}

  public static String render(String markdown, boolean ansi) {
    StringBuilder out = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("# ")) {
        String t = inline(line.substring(2), ansi);
        out.append(ansi ? BOLD + t + OFF : t).append('\n');
        out.append("=".repeat(Math.min(100, visible(t)))).append('\n');
      } else if (line.startsWith("## ")) {
        String t = inline(line.substring(3), ansi);
        out.append(ansi ? BOLD + t + OFF : t).append('\n');
        out.append("-".repeat(Math.min(100, visible(t)))).append('\n');
      } else if (line.stripLeading().startsWith("> ")) {
        int indent = line.indexOf('>');
        String t = inline(line.substring(indent + 2), ansi);
        out.append(" ".repeat(indent)).append("│ ").append(ansi ? DIM + t + OFF : t).append('\n');
      } else if (line.stripLeading().startsWith("- ")) {
        int indent = line.indexOf('-');
        out.append(" ".repeat(indent))
            .append("• ")
            .append(inline(line.substring(indent + 2), ansi))
            .append('\n');
      } else out.append(inline(line, ansi)).append('\n');
    }
    // split leaves one empty piece after the last newline
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /** Bold spans, autolinks and escapes of one line. */
  static String inline(String s, boolean ansi) {
    StringBuilder b = new StringBuilder(s.length());
    boolean bold = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        b.append(s.charAt(++i));
      } else if (c == '*' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
        bold = !bold;
        if (ansi) b.append(bold ? BOLD : OFF);
        i++;
      } else if (c == '<') {
        int end = s.indexOf('>', i);
        if (end > i && s.substring(i + 1, end).matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S*")) {
          b.append(s, i + 1, end);
          i = end;
        } else b.append(c);
      } else b.append(c);
    }
    if (bold && ansi) b.append(OFF);
    return b.toString();
  }

  private static int visible(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*m", "").length();
  }
}
