package org.sitrep.resolve.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
  @Test
  void reportsOfOneSituationShareAStoryAndAnUnrelatedOneDoesNot() throws Exception {
    List<String> texts = new ArrayList<>();
    try (var s = Files.list(Path.of("examples"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList())
        texts.add(Files.readString(p));
    }
    StoryGrouper g = new StoryGrouper();
    List<String> stories = new ArrayList<>();
    for (String t : texts.subList(0, 4)) stories.add(g.add(t).storyId());
    assertEquals(
        1,
        stories.stream().distinct().count(),
        "the four brigade reports form one story: " + stories);
    String football =
        "Manchester United beat Arsenal 2-1 at Old Trafford on Saturday. Marcus Rashford scored twice for United "
            + "before Bukayo Saka pulled one back for Arsenal. The Premier League leaders remain three points clear.";
    StoryGrouper.Assignment a = g.add(football);
    assertTrue(a.newStory());
    assertNotEquals(stories.get(0), a.storyId());
  }

  @Test
  void retiredStoriesStopMatchingSoMemoryStaysBounded() {
    StoryGrouper g = new StoryGrouper(new StoryGrouper.Config(0.08, 300, 400, 2, 2.0));
    for (int i = 0; i < 50; i++)
      g.add("Topic" + i + " Alpha" + i + " Beta" + i + " gamma" + i + " delta" + i);
    assertEquals(2, g.liveStories());
  }
}
