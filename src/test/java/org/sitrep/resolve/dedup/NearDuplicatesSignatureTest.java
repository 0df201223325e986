package org.sitrep.resolve.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.resolve.story.StoryLinks;
import org.sitrep.resolve.story.StoryRule;

/** The public parts a distributed job uses give what the incremental finder and grouper use. */
class NearDuplicatesSignatureTest {
  static final String A =
      "Germany will send up to 350 more soldiers to Lithuania to help bolster the NATO alliance's eastern flank, "
          + "Defense Minister Christine Lambrecht said Monday, amid fears that Russia could invade Ukraine. The "
          + "soldiers will be deployed within a few days, the ministry said in a statement on its website.";
  static final String COPY = A.replace("Monday", "on Monday") + " Reporting by a wire agency.";

  @Test
  void copiesShareABandKeyAndTheirSignaturesAgreeWithTheTextEstimate() {
    NearDuplicates nd = new NearDuplicates();
    int[] a = nd.signature(A), b = nd.signature(COPY);
    Set<Long> keys = new HashSet<>();
    for (long k : nd.bandKeys(a)) keys.add(k);
    assertTrue(Arrays.stream(nd.bandKeys(b)).anyMatch(keys::contains));
    assertEquals(nd.similarity(A, COPY), NearDuplicates.similarity(a, b));
  }

  @Test
  void storiesFromTermsAreStoriesFromText() {
    StoryLinks byText = new StoryLinks(), byTerms = new StoryLinks();
    String[] texts = {A, COPY, "The harbour reopened on Friday after the storm, officials said."};
    for (int i = 0; i < texts.length; i++) {
      String id = "d" + i;
      assertEquals(
          byText.add(id, "2022-02-07", texts[i]),
          byTerms.add(id, "2022-02-07", StoryRule.vector(texts[i], StoryRule.Config.DEFAULT)));
    }
    assertEquals(byText.storyOf("d0"), byText.storyOf("d1"));
    assertEquals(2, byText.stories());
  }
}
