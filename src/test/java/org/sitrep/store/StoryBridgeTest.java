package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.testing.ResolutionPicture;

/**
 * An article that links two stories (close to both) arrives after them. Stories are the connected
 * components of links between articles, so the new article merges the two, as it arrives and when
 * the picture is rebuilt by {@code resolve}: its articles, outlets and id are the same in both.
 */
class StoryBridgeTest {
  @TempDir Path dir;

  static final String FLOOD =
      "The river burst its banks and flood water covered the valley. Rescue boats reached villages"
          + " cut off by the flood, and the river is still rising across the valley. ";
  static final String TARIFF =
      "Ministers agreed a tariff on steel exports after a long negotiation. The steel tariff and"
          + " customs duties on exports start next month, the ministers said. ";

  static Annotated article(String name, String title, String body) {
    return Annotated.of(
        Document.of(
            Source.file("bridge/" + name),
            "Outlet " + name,
            null,
            title,
            Published.stated("2024-05-0" + (1 + Math.abs(name.hashCode()) % 8)),
            "en",
            List.of(),
            body));
  }

  @Test
  void anArticleCloseToTwoStoriesMergesThemAndThePictureKeptIsTheRebuiltOne() {
    List<Annotated> before =
        List.of(
            article("a1", "Flood in the valley", FLOOD + FLOOD),
            article("b1", "Steel tariff agreed", TARIFF + TARIFF),
            article("a2", "Valley villages cut off by the flood", FLOOD + "Boats went out again."),
            article("b2", "Tariff on steel exports", TARIFF + "Exporters object."));
    Annotated bridge =
        article("c", "Flood and steel tariff", FLOOD + TARIFF + "Both weigh on the valley.");
    try (Store store = Store.open(dir.resolve("bridge"))) {
      List<String> ids = new ArrayList<>();
      for (Ingested in : store.putAll(before)) ids.add(in.id());
      store.resolvePending();
      ResolutionPicture two = ResolutionPicture.of(store, ids);
      String flood = two.storyOf().get(ids.get(0));
      String tariff = two.storyOf().get(ids.get(1));
      assertEquals(flood, two.storyOf().get(ids.get(2)), "the flood articles are one story");
      assertEquals(tariff, two.storyOf().get(ids.get(3)), "the tariff articles are one story");
      assertNotEquals(flood, tariff);

      for (Ingested in : store.putAll(List.of(bridge))) ids.add(in.id());
      store.resolvePending();
      ResolutionPicture kept = ResolutionPicture.of(store, ids);
      String joined = kept.storyOf().get(ids.get(4));
      for (int i = 0; i < 4; i++)
        assertEquals(joined, kept.storyOf().get(ids.get(i)), "the linking article merges both");
      assertTrue(joined.equals(flood) || joined.equals(tariff), "one of the two ids stays");
      assertEquals(1, kept.stories().size(), kept.stories().toString());
      assertEquals(5, kept.stories().get(0).docs().size());
      assertEquals(5, kept.stories().get(0).outlets().size(), "the outlets of both");

      store.resolveAll();
      ResolutionPicture rebuilt = ResolutionPicture.of(store, ids);
      assertEquals(rebuilt.stories(), kept.stories());
      assertEquals(rebuilt, kept);
    }
  }
}
