package org.sitrep.resolve.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StoryLinksTest {
  /** {id, date, text}: two stories that a third article links, and one apart. */
  private static final List<String[]> ARTICLES =
      List.of(
          new String[] {
            "a", "2024-03-01", "Flooding in Zarvonia: the Kelmar river broke its banks near Ostrik."
          },
          new String[] {
            "b", "2024-03-03", "Kelmar floods reach Ostrik as Zarvonia calls in the army."
          },
          new String[] {
            "c",
            "2024-03-02",
            "Drought in Velbruk: Tamsin reservoir nearly empty, Pellor farms dry."
          },
          new String[] {
            "d",
            "2024-03-04",
            "Zarvonia and Velbruk: Kelmar floods at Ostrik while Tamsin reservoir and Pellor dry."
          },
          new String[] {"e", null, "Quorvane chess final: Brisolt wins in Maddeck."},
          new String[] {
            "f",
            "2025-06-01",
            "Zarvonia Kelmar Ostrik flooding a year on: the river broke its banks."
          });

  /** The default rule with dates at most 30 days apart. */
  private static final StoryRule.Config MONTH =
      new StoryRule.Config(
          StoryRule.Config.DEFAULT.threshold(),
          StoryRule.Config.DEFAULT.keys(),
          StoryRule.Config.DEFAULT.docTerms(),
          30,
          StoryRule.Config.DEFAULT.perKey(),
          StoryRule.Config.DEFAULT.nameWeight());

  private static Set<Set<String>> stories(List<String[]> order) {
    StoryLinks g = new StoryLinks(MONTH);
    for (String[] a : order) g.add(a[0], a[1], a[2]);
    Map<String, Set<String>> by = new TreeMap<>();
    for (String[] a : order) by.computeIfAbsent(g.storyOf(a[0]), k -> new TreeSet<>()).add(a[0]);
    return Set.copyOf(by.values());
  }

  @Test
  void anArticleThatLinksTwoStoriesMergesThem() {
    StoryLinks g = new StoryLinks();
    StoryLinks.Assignment a = g.add("a", "2024-03-01", ARTICLES.get(0)[2]);
    assertTrue(a.newStory());
    assertEquals(a.storyId(), g.add("b", "2024-03-03", ARTICLES.get(1)[2]).storyId());
    StoryLinks.Assignment c = g.add("c", "2024-03-02", ARTICLES.get(2)[2]);
    assertTrue(c.newStory(), "a drought is another story");
    StoryLinks.Assignment d = g.add("d", "2024-03-04", ARTICLES.get(3)[2]);
    assertEquals(a.storyId(), d.storyId(), "the story of the earliest member stays");
    assertEquals(List.of(c.storyId()), d.merged());
    assertEquals(a.storyId(), g.storyOf("c"));
    assertEquals(1, g.stories());
  }

  @Test
  void storiesDoNotDependOnTheArrivalOrder() {
    Set<Set<String>> first = stories(ARTICLES);
    assertEquals(
        Set.of(Set.of("a", "b", "c", "d"), Set.of("e"), Set.of("f")),
        first,
        "a year later is outside a 30-day window; an unrelated article stays apart");
    Random r = new Random(5);
    for (int i = 0; i < 30; i++) {
      List<String[]> order = new ArrayList<>(ARTICLES);
      Collections.shuffle(order, r);
      assertEquals(first, stories(order), "order " + i);
    }
  }

  @Test
  void weightsComeFromGeneralEnglish() {
    assertTrue(StoryRule.weight("house") < StoryRule.weight("battalion"));
    assertTrue(StoryRule.weight("battalion") < StoryRule.weight("zarvonia"));
    assertNotEquals(0.0, StoryRule.weight("house"));
  }
}
