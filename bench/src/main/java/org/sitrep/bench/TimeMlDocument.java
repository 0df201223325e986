package org.sitrep.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One TimeML (.tml) file read for scoring: the plain text inside {@code <TEXT>}, its gold TIMEX3
 * spans as offsets into that text, and the document creation date from {@code <DCT>}.
 */
record TimeMlDocument(
    String name, String text, String creationDate, List<TimeMlDocument.Timex> timexes) {
  record Timex(int start, int end, String type, String value) {}

  static TimeMlDocument parse(String name, String xml) {
    String dct = null;
    int d = xml.indexOf("<DCT>");
    if (d >= 0) {
      String v =
          attribute(xml.substring(d, xml.indexOf('>', xml.indexOf("<TIMEX3", d)) + 1), "value");
      if (v != null && v.length() >= 10) dct = v.substring(0, 10);
    }
    int from = xml.indexOf("<TEXT>");
    int to = xml.indexOf("</TEXT>");
    if (from < 0 || to < 0) throw new IllegalArgumentException(name + ": no <TEXT> element");
    StringBuilder text = new StringBuilder();
    List<Timex> gold = new ArrayList<>();
    int openStart = -1;
    String openTag = null;
    for (int i = from + "<TEXT>".length(); i < to; ) {
      char c = xml.charAt(i);
      if (c == '<') {
        int close = xml.indexOf('>', i);
        String tag = xml.substring(i + 1, close);
        if (tag.startsWith("TIMEX3")) {
          openStart = text.length();
          openTag = tag;
        } else if (tag.equals("/TIMEX3") && openTag != null) {
          gold.add(
              new Timex(
                  openStart,
                  text.length(),
                  attribute(openTag, "type"),
                  attribute(openTag, "value")));
          openTag = null;
        }
        i = close + 1;
      } else if (c == '&') {
        int semi = xml.indexOf(';', i);
        text.append(entity(xml.substring(i + 1, semi)));
        i = semi + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return new TimeMlDocument(name, text.toString(), dct, gold);
  }

  private static String entity(String e) {
    return switch (e) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default ->
          e.startsWith("#x")
              ? Character.toString(Integer.parseInt(e.substring(2), 16))
              : e.startsWith("#")
                  ? Character.toString(Integer.parseInt(e.substring(1)))
                  : "&" + e + ";";
    };
  }

  private static String attribute(String tag, String name) {
    int k = tag.indexOf(" " + name + "=\"");
    if (k < 0) return null;
    int s = k + name.length() + 3;
    return tag.substring(s, tag.indexOf('"', s));
  }
}
