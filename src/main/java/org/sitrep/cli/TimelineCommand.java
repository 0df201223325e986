package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.model.Annotated;
import org.sitrep.resolve.Timeline;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.store.BadQueryException;
import org.sitrep.store.Page;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SituationView;
import org.sitrep.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep timeline}: events, facts and quotes of a story, an entity or a search, oldest first. */
@Command(name = "timeline", description = "Events, facts and quotes oldest first, for a story, an entity or a search.")
final class TimelineCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  static final class Scope {
    @Option(names = "--story", paramLabel = "ID") String story;
    @Option(names = "--entity", paramLabel = "ID") String entity;
    @Option(names = "--query", paramLabel = "Q") String query;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Scope scope;

  @Option(names = "--json", description = "One JSON object per item.")
  boolean json;

  @Override
  public Integer call() {
    List<Timeline.Item> items;
    try (Store store = data.open()) {
      SituationView sit = store.situation();
      List<String> ids;
      String entityName = null;
      if (scope.story != null) {
        ids = sit.story(scope.story).orElseThrow(() -> new UserError("no story with id " + scope.story)).docs();
      } else if (scope.entity != null) {
        Entity e = sit.entity(scope.entity).orElseThrow(() -> new UserError("no entity with id " + scope.entity));
        ids = e.docs();
        entityName = e.name();
      } else {
        try {
          ids = store.search(new SearchQuery(scope.query, null, Page.first(200))).hits().stream().map(h -> h.id()).toList();
        } catch (BadQueryException ex) {
          throw new UserError(ex.getMessage());
        }
      }
      List<Annotated> docs = new ArrayList<>();
      for (String id : ids) store.get(id).ifPresent(docs::add);
      items = Timeline.of(docs);
      if (entityName != null) {
        String n = entityName;
        String last = n.contains(" ") ? n.substring(n.lastIndexOf(' ') + 1) : n;
        items = items.stream().filter(i -> i.summary().contains(n) || i.summary().contains(last)
            || (i.evidence() != null && (i.evidence().contains(n) || i.evidence().contains(last)))).toList();
      }
    }
    if (json) {
      items.forEach(i -> System.out.println(Json.write(i)));
      return 0;
    }
    for (Timeline.Item i : items) {
      System.out.printf("%-10s %-6s %-16s %s%n", i.date() == null ? "undated" : i.date(), i.kind(), i.docId(), Report.clip(i.summary(), 120));
      if (i.evidence() != null && !i.kind().equals("quote")) System.out.println("                                  ↳ " + Report.clip(i.evidence(), 110));
    }
    System.out.println(items.size() + " items");
    return 0;
  }
}
