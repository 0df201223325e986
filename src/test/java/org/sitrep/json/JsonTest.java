package org.sitrep.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quantity;
import org.sitrep.resolve.entity.Entity;

class JsonTest {
  @Test
  void unknownCoordinatesRoundTripAsNaNNotZero() {
    Entity e =
        new Entity(
            "e1",
            "PERSON",
            "A B",
            Set.of("A B"),
            List.of(),
            null,
            Double.NaN,
            Double.NaN,
            1,
            List.of("d"));
    String s = Json.write(e);
    assertTrue(s.contains("\"lat\":null"), s);
    Entity back = Json.read(s, Entity.class);
    assertTrue(Double.isNaN(back.lat()));
    assertEquals(
        e,
        new Entity(
            back.id(),
            back.type(),
            back.name(),
            back.variants(),
            back.roles(),
            back.country(),
            e.lat(),
            e.lon(),
            back.mentions(),
            back.docs()));
  }

  @Test
  void enumsAreWrittenInLowerCaseAndReadBack() {
    record Box(Quantity.Bound bound) {}
    assertEquals("{\"bound\":\"at_most\"}", Json.write(new Box(Quantity.Bound.AT_MOST)));
    assertEquals(Quantity.Bound.AT_MOST, Json.read("{\"bound\":\"at_most\"}", Box.class).bound());
  }
}
