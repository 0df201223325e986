package org.sitrep.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Locale;

/**
 * JSON for Sitrep's records outside the annotate contract (entities, stories, fact series ...):
 * records as objects, enums in lower case as the contract writes them, NaN coordinates left out.
 */
public final class Json {
  public static final ObjectMapper MAPPER = build();

  private Json() {}

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static ObjectMapper build() {
    SimpleModule m = new SimpleModule("sitrep");
    m.addSerializer(
        Enum.class,
        new JsonSerializer<Enum>() {
          @Override
          public void serialize(Enum v, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(v.name().toLowerCase(Locale.ROOT));
          }
        });
    JsonSerializer<Double> doubles =
        new JsonSerializer<>() {
          @Override
          public void serialize(Double v, JsonGenerator g, SerializerProvider p)
              throws IOException {
            if (v.isNaN() || v.isInfinite()) g.writeNull();
            else if (v == Math.rint(v) && Math.abs(v) < 1e15) g.writeNumber(v.longValue());
            else g.writeNumber(v);
          }
        };
    m.addSerializer(Double.class, doubles);
    m.addSerializer(Double.TYPE, doubles);
    // A coordinate written as null (unknown) must come back as NaN, not 0.0, which is a real place.
    m.addDeserializer(
        Double.TYPE,
        new StdDeserializer<Double>(Double.TYPE) {
          @Override
          public Double deserialize(JsonParser p, DeserializationContext c) throws IOException {
            return p.getValueAsDouble();
          }

          @Override
          public Double getNullValue(DeserializationContext c) {
            return Double.NaN;
          }
        });
    return JsonMapper.builder()
        .addModule(m)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
  }

  public static String write(Object o) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write " + o.getClass().getSimpleName() + " as JSON", e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot read " + type.getSimpleName() + " from stored JSON: " + e.getOriginalMessage(),
          e);
    }
  }
}
