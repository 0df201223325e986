package org.sitrep.source;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.clean.LanguageGuesser;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

/**
 * Turns feed items, whatever the feed format, into documents: the full text when the feed has it,
 * else the summary. A document's source offset is the item's position in the feed, counted from 1.
 */
final class FeedItems {
  record Content(String value, boolean html) {}

  record Item(
      String title, String url, String id, String published, Content fullText, Content summary) {}

  /** A parsed feed: its items in order, its title (the outlet) and declared language. */
  record Parsed(List<Item> items, String outlet, String language) {}

  void emit(List<Item> items, String outlet, String feedLanguage, Sink sink) {
    List<Integer> empty = new ArrayList<>();
    int n = 0;
    for (Item item : items) {
      n++;
      Content c = item.fullText() != null ? item.fullText() : item.summary();
      FragmentText.Text text =
          c == null
              ? null
              : c.html() ? FragmentText.of(c.value()) : FragmentText.ofPlain(c.value());
      if (text == null || text.body().isBlank()) {
        empty.add(n);
        continue;
      }
      String language =
          feedLanguage != null
              ? feedLanguage.replaceFirst("[-_].*", "")
              : LanguageGuesser.guess(text.body());
      Published published =
          item.published() == null ? Published.UNKNOWN : Published.stated(item.published());
      Source source =
          new Source(
              sink.file(), HtmlPages.blankToNull(item.url()), HtmlPages.blankToNull(item.id()), n);
      sink.emit(
          Document.of(
              source,
              outlet,
              null,
              title(item.title()),
              published,
              language,
              text.headings(),
              text.body()));
    }
    // One problem per feed, not per item: a headline-only feed would otherwise flood the report.
    if (!empty.isEmpty()) {
      sink.skip("item " + join(empty), empty.size() + " of " + n + " feed item(s) have no text");
    }
  }

  private static String title(String t) {
    if (t == null || t.isBlank()) return null;
    // Titles may arrive as escaped HTML; the text is what a reader sees.
    return t.contains("<") || t.contains("&") ? FragmentText.of(t).body() : t.strip();
  }

  private static String join(List<Integer> numbers) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < numbers.size() && i < 10; i++)
      sb.append(i == 0 ? "" : ",").append(numbers.get(i));
    if (numbers.size() > 10) sb.append(",…");
    return sb.toString();
  }
}
