package org.sitrep.annotate.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EventTypeTest {
  @Test
  void everyTypeButBudgetsHasCameoAndPlover() {
    for (EventType t : EventType.values()) {
      if (t == EventType.BUDGET_RAISE || t == EventType.BUDGET_CUT) {
        assertNull(t.cameo());
        assertNull(t.plover());
      } else {
        assertNotNull(t.cameo(), t.name());
        assertNotNull(t.plover(), t.name());
      }
      assertEquals(t.name().toLowerCase(java.util.Locale.ROOT), t.json());
    }
  }

  @Test
  void themeRefinesAidAndPledgeCodes() {
    assertEquals("072", EventType.SUPPLY.cameo(Theme.WEAPONS, "send", false, false));
    assertEquals("071", EventType.SUPPLY.cameo(Theme.MONEY, "give", false, false));
    assertEquals("073", EventType.SUPPLY.cameo(Theme.AID, "deliver", true, false));
    assertEquals("070", EventType.SUPPLY.cameo(Theme.AID, "deliver", false, false));
    assertEquals("0334", EventType.PLEDGE.cameo(Theme.TROOPS, "pledge", false, true));
    assertEquals("0332", EventType.PLEDGE.cameo(Theme.WEAPONS, "promise", false, true));
  }

  @Test
  void triggerAndStatusRefineTheRest() {
    assertEquals("194", EventType.ATTACK.cameo(null, "shell", false, false));
    assertEquals("192", EventType.INVADE.cameo(null, "occupy", false, false));
    assertEquals("036", EventType.MEET.cameo(null, "meet", false, true));
    assertEquals("040", EventType.MEET.cameo(null, "meet", false, false));
    assertEquals("139", EventType.THREATEN.cameo(null, "ultimatum", false, false));
    assertEquals("138", EventType.THREATEN.cameo(Theme.WEAPONS, "threaten", false, false));
  }
}
