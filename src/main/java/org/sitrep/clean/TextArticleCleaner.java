package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.date.DateText;

/**
 * Turns a plain-text article into an {@link Extracted}: an optional topic label line, an optional
 * title line, an optional {@code date YYYY-MM-DD} marker, the body, and the site furniture
 * (newsletter prompts, "Related Articles", "Back to top") that scraped text carries along and that
 * must not reach the body.
 *
 * <p>A paragraph is one line, unless the text is hard-wrapped (blank lines between blocks and no
 * line longer than {@value #WRAP_WIDTH} characters), in which case it is one block. Furniture is
 * dropped by what it says, never by its shape: tables, lists and short lines stay in the body.
 * Short lines without final punctuation that head prose are headings: kept in the body as their own
 * paragraph, so their names are annotated, and also listed.
 */
public final class TextArticleCleaner {
  private static final int WRAP_WIDTH = 100;
  private static final int MAX_HEADER_PARAGRAPHS = 6;

  /** A topic label: one token, no spaces, such as {@code EuropeLandWar}. */
  private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{1,39}");

  private static final Pattern DATE_MARKER =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:date|published|posted)(?: on)?\\s*:?\\s*"
              + "(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|\\d{1,2}\\.? \\p{L}{3,12}\\.? \\d{4}"
              + "|\\p{L}{3,9}\\.? \\d{1,2},? \\d{4})\\b");

  /**
   * A byline above the text ("By Jane Doe", "By Jane Doe and John Roe, Reuters"); not part of the
   * article.
   */
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?:By|BY|Von|Par|Por)\\s+\\p{Lu}[\\p{L}.'’-]*"
              + "(?:,?\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,6}(?:,.{0,40})?");

  private static final String FINAL_PUNCTUATION = ".!?:;,…\"”’'»)";

  /** Cleans one article; never fails on odd text, only on a null argument. */
  public Extracted extract(String text) {
    if (text == null) throw new IllegalArgumentException("text is required");
    List<String> paras = paragraphs(text);
    int i = 0;
    String label = null, title = null, published = null, evidence = null;
    if (paras.size() > 1
        && LABEL.matcher(paras.get(0)).matches()
        && !Furniture.isFurniture(paras.get(0))) {
      label = paras.get(i++);
    }
    // The header is whatever sits above the first body paragraph: a title, a date marker,
    // furniture, in any order.
    for (int seen = 0; i < paras.size() && seen < MAX_HEADER_PARAGRAPHS; seen++) {
      String p = paras.get(i);
      Matcher date = DATE_MARKER.matcher(p);
      if (published == null && date.find() && isoDate(date.group(1)) != null) {
        published = isoDate(date.group(1));
        evidence = date.group().strip();
        p = (p.substring(0, date.start()) + " " + p.substring(date.end())).strip();
        if (p.isEmpty() || Furniture.isFurniture(p)) {
          i++;
          continue;
        }
        paras.set(i, p);
      }
      if (Furniture.isFurniture(p) || BYLINE.matcher(p).matches()) {
        i++;
      } else if (title == null && isTitle(p) && i + 1 < paras.size()) {
        title = p;
        i++;
      } else {
        break;
      }
    }
    return body(paras.subList(i, paras.size()), label, title, published, evidence);
  }

  private static Extracted body(
      List<String> rest, String label, String title, String published, String evidence) {
    List<String> body = new ArrayList<>();
    for (String p : rest) {
      if (!body.isEmpty() && Furniture.startsTail(p)) break;
      if (Furniture.isFurniture(p)) continue;
      body.add(p);
    }
    // Every line that is not furniture stays in the body, whatever its shape: table rows, list
    // items, standings and short lines are text whose names count. A short unpunctuated line is
    // also listed as a heading when it heads prose (the next paragraph is not of its shape):
    // section titles do, rows of a table or items of a list do not.
    List<String> headings = new ArrayList<>();
    for (int k = 0; k + 1 < body.size(); k++) {
      if (isHeading(body.get(k)) && !isHeading(body.get(k + 1))) headings.add(body.get(k));
    }
    String text = String.join("\n\n", body);
    return new Extracted(
        title,
        text,
        List.copyOf(headings),
        published,
        evidence,
        null,
        LanguageGuesser.guess(text),
        label);
  }

  /** Splits into paragraphs: one per line, or one per block when the text is hard-wrapped. */
  static List<String> paragraphs(String text) {
    String clean = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').strip();
    String[] lines = clean.split("\n", -1);
    boolean blankLines = false, multiLineBlock = false;
    int longest = 0, run = 0;
    for (String raw : lines) {
      String line = raw.strip();
      longest = Math.max(longest, line.length());
      if (line.isEmpty()) {
        blankLines = true;
        run = 0;
      } else if (++run > 1) {
        multiLineBlock = true;
      }
    }
    boolean wrapped = blankLines && multiLineBlock && longest <= WRAP_WIDTH;
    List<String> paras = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (String raw : lines) {
      String line = raw.strip().replaceAll("[\\s\\u00a0]+", " ");
      if (line.isEmpty() || !wrapped) {
        if (block.length() > 0) paras.add(block.toString());
        block.setLength(0);
      }
      if (line.isEmpty()) continue;
      if (block.length() > 0) block.append(' ');
      block.append(line);
    }
    if (block.length() > 0) paras.add(block.toString());
    return paras;
  }

  static boolean isTitle(String p) {
    int words = p.split(" ").length;
    return words >= 2
        && words <= 25
        && p.length() <= 200
        && startsLikeAName(p)
        && !endsInPunctuation(p);
  }

  static boolean isHeading(String p) {
    int words = p.split(" ").length;
    return words <= 15 && p.length() <= 120 && startsLikeAName(p) && !endsInPunctuation(p);
  }

  private static boolean startsLikeAName(String p) {
    int c = p.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  private static boolean endsInPunctuation(String p) {
    return FINAL_PUNCTUATION.indexOf(p.charAt(p.length() - 1)) >= 0;
  }

  /**
   * The ISO form of a marker's date (2023-06-26, 26 June 2023, June 26, 2023, 26. Juni 2023), or
   * null if it is no real date. Read by the one date reader, {@link DateText}.
   */
  static String isoDate(String written) {
    List<DateText.Found> found = DateText.find(written.strip(), false, false);
    if (found.size() != 1 || found.get(0).text().length() != written.strip().length()) return null;
    return found.get(0).date().toString();
  }
}
