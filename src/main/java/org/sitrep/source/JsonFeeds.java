package org.sitrep.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Feed 1.0 and 1.1 (jsonfeed.org): each item a document, content_html or content_text before
 * summary.
 */
final class JsonFeeds {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FeedItems items;

  JsonFeeds(FeedItems items) {
    this.items = items;
  }

  void read(byte[] bytes, Sink sink) {
    FeedItems.Parsed parsed = items(bytes, sink);
    if (parsed != null) items.emit(parsed.items(), parsed.outlet(), parsed.language(), sink);
  }

  /** The feed's items, or null (with one problem in {@code sink}) when it is not a JSON Feed. */
  FeedItems.Parsed items(byte[] bytes, Sink sink) {
    JsonNode feed;
    try {
      feed =
          JSON.readTree(
              TextDecoder.decodeReporting(
                  bytes, java.nio.charset.StandardCharsets.UTF_8, sink, null));
    } catch (JsonProcessingException e) {
      sink.skip(where(e), "malformed JSON: " + e.getOriginalMessage());
      return null;
    }
    if (feed == null || !feed.path("items").isArray()) {
      sink.skip(null, "not a JSON Feed: no \"items\" array");
      return null;
    }
    List<FeedItems.Item> list = new ArrayList<>();
    for (JsonNode item : feed.path("items")) {
      FeedItems.Content full =
          text(item, "content_html") != null
              ? new FeedItems.Content(text(item, "content_html"), true)
              : text(item, "content_text") != null
                  ? new FeedItems.Content(text(item, "content_text"), false)
                  : null;
      FeedItems.Content summary =
          text(item, "summary") == null
              ? null
              : new FeedItems.Content(text(item, "summary"), false);
      String date =
          text(item, "date_published") != null
              ? text(item, "date_published")
              : text(item, "date_modified");
      list.add(
          new FeedItems.Item(
              text(item, "title"),
              text(item, "url"),
              text(item, "id"),
              Dates.isoDate(date),
              full,
              summary));
    }
    return new FeedItems.Parsed(list, text(feed, "title"), text(feed, "language"));
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank()
        ? null
        : v.asText();
  }

  static String where(JsonProcessingException e) {
    return e.getLocation() == null
        ? null
        : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }
}
