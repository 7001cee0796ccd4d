package org.fundtrail.infra;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Events are forever (DESIGN.md): every revision of every event has a JSON schema and a golden sample in
 * {@code ledger/events/<EventSimpleName>/v<revision>.schema.json} and {@code .sample.json}. A sample is what an event
 * of that revision looks like in a real event store, so it is never edited. This test reads every sample the way the
 * event store does, with today's code, and fails when an event type or revision in the code has no schema or sample.
 */
class GoldenEventsTest {

    private static final String EVENTS = "ledger/events/";
    private static final Pattern FILE = Pattern.compile("([A-Za-z][A-Za-z0-9]*)/v([^/]+)\\.(schema|sample)\\.json");
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    /** Reads the files without losing what a decimal looks like (25.50 stays 25.50, not the double 25.5). */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    /** The serializer the application's event store uses. */
    private static final Serializer SERIALIZER = EventSerialization.serializer();

    /**
     * The upcasters the event store applies before deserialising, oldest revision first. Today there are none.
     * <p>
     * When an event gets a new revision, its upcaster (a {@code SingleEventUpcaster}, as in AxonIQ code-samples
     * {@code upcaster/}) is registered with the application's event store; put the same chain here, e.g.
     * {@code new EventUpcasterChain(new DonationRecorded1to2Upcaster(), …)}, or better a static factory in
     * {@code infra} that both the Axon configuration and this test call, so they cannot drift apart. The old
     * revision's schema and sample stay where they are; this test then reads the old sample through the chain and
     * checks that what comes out is the current revision and matches the current revision's schema.
     */
    private static final EventUpcaster UPCASTERS = new EventUpcasterChain();

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    // ---------------------------------------------------------------------------------------------------------
    // Every sample reads with today's code
    // ---------------------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicNode> everyGoldenSampleReadsWithTodaysCode() {
        List<GoldenFile> samples = goldenFiles().values().stream().filter(GoldenFile::isSample).toList();
        assertThat(samples).as("golden samples under classpath:" + EVENTS).isNotEmpty();
        return samples.stream().map(sample -> DynamicContainer.dynamicContainer(
                sample.event() + " v" + sample.revision(), Stream.of(
                        DynamicTest.dynamicTest("the sample names its event and matches the v" + sample.revision()
                                + " schema", () -> sampleMatchesItsSchema(sample)),
                        DynamicTest.dynamicTest("today's code reads it with the sample's values",
                                () -> todaysCodeReadsTheSample(sample)),
                        DynamicTest.dynamicTest("what today's code writes back matches the current schema",
                                () -> rewrittenEventMatchesTheCurrentSchema(sample)))));
    }

    private void sampleMatchesItsSchema(GoldenFile file) {
        Sample sample = Sample.read(file);
        assertThat(sample.type())
                .as(file + ": \"type\" must be a fully qualified class name whose simple name is the directory")
                .endsWith("." + file.event());
        assertThat(sample.revision()).as(file + ": \"revision\" must match the file name").isEqualTo(file.revision());
        assertValid(schemaFor(file.event(), file.revision()), sample.payload(), file + " payload");
    }

    private void todaysCodeReadsTheSample(GoldenFile file) throws Exception {
        Sample sample = Sample.read(file);
        Read read = readAsTheEventStoreDoes(sample);
        Class<?> declared = currentClass(sample.type());
        if (declared == null || !read.type().equals(sample.serializedType())) {
            // An older revision (or a renamed class), upcast to what the code has today. Its values changed shape,
            // so they are checked by the upcaster's own test; here it is enough that it reads and is the current
            // revision (checked in readAsTheEventStoreDoes) and matches the current schema (the third test).
            return;
        }
        assertThat(read.event()).as(file + " deserialises to the class it names").isInstanceOf(declared);
        SerializedObject<byte[]> rewritten = SERIALIZER.serialize(read.event(), byte[].class);
        assertThat(rewritten.getType()).as(file + ": today's code writes this event as the same type and revision")
                .isEqualTo(sample.serializedType());
        JsonNode written = JSON.readTree(rewritten.getData());
        List<String> differences = new ArrayList<>();
        compare("", sample.payload(), written, differences);
        if (!differences.isEmpty()) {
            fail(file + ": today's code does not read the sample's values (a field renamed, retyped or dropped? "
                    + "unknown fields are ignored on read, so they vanish silently):\n  " + String.join("\n  ", differences)
                    + "\nwritten back as: " + written);
        }
    }

    private void rewrittenEventMatchesTheCurrentSchema(GoldenFile file) throws Exception {
        Read read = readAsTheEventStoreDoes(Sample.read(file));
        SerializedObject<byte[]> rewritten = SERIALIZER.serialize(read.event(), byte[].class);
        String simpleName = read.event().getClass().getSimpleName();
        String revision = rewritten.getType().getRevision();
        assertValid(schemaFor(simpleName, revision), JSON.readTree(rewritten.getData()),
                file + " read by today's code and written back as " + simpleName + " v" + revision
                        + " (a field added to the record but not to the schema?)");
    }

    /**
     * As the event store reads a stored event: an entry holding the payload bytes with its type and revision, through
     * the upcaster chain, then deserialised. Fails unless exactly one event comes out at the revision the code has.
     */
    private Read readAsTheEventStoreDoes(Sample sample) throws IOException {
        SerializedObject<byte[]> payload = new SimpleSerializedObject<>(JSON.writeValueAsBytes(sample.payload()),
                byte[].class, sample.serializedType());
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Golden", "golden-sample", 0,
                "00000000-0000-0000-0000-000000000000", Instant.parse("2026-01-01T00:00:00Z"),
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = UPCASTERS
                .upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER)))
                .toList();
        assertThat(upcast).as(sample.source() + ": the upcasters turn the stored event into exactly one event")
                .hasSize(1);
        SerializedType type = upcast.get(0).getType();
        Class<?> target = currentClass(type.getName());
        if (target == null) {
            fail(sample.source() + ": no class " + type.getName() + " today, and no upcaster renames it");
        }
        String current = revisionOf(target);
        if (!Objects.equals(current, type.getRevision())) {
            // The JacksonSerializer ignores revisions: without this check a v1 payload would be read into the v2
            // record as if nothing had changed.
            fail(sample.source() + ": " + type.getName() + " is at revision " + current + " in the code, but the"
                    + " stored event reaches the serializer as revision " + type.getRevision()
                    + "; an upcaster from revision " + type.getRevision() + " is missing (see UPCASTERS)");
        }
        Object event;
        try {
            event = SERIALIZER.deserialize(upcast.get(0).getData());
        } catch (SerializationException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new AssertionError(sample.source() + ": today's code cannot read this event: " + cause.getMessage(), e);
        }
        assertThat(event).as(sample.source() + " deserialises").isNotNull();
        return new Read(type, event);
    }

    /**
     * Every field of the sample must come back with the same value. Numbers compare by value (25.5 = 25.50); fields
     * the code writes that the sample lacks are allowed (a field added later with a default, or a null written out),
     * and are held to the schema by the third test.
     */
    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (actual == null || actual.isMissingNode()) {
            differences.add(path + ": in the sample as " + expected + ", not written back at all");
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differences.add(path + ": sample " + expected + ", read as " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(path + "/" + field.getKey(), field.getValue(), actual.get(field.getKey()), differences);
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "/" + i, expected.get(i), actual.get(i), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": sample " + expected + ", read as " + actual);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Every event in the code has a schema and a sample; every file in ledger/events is one of those
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void everyEventRevisionInTheCodeHasASchemaAndAGoldenSample() {
        Map<String, GoldenFile> files = goldenFiles();
        Map<String, String> classBySimpleName = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Class<?> event : revisionedClasses()) {
            String revision = revisionOf(event);
            String other = classBySimpleName.put(event.getSimpleName(), event.getName());
            if (other != null) {
                problems.add(event.getName() + " and " + other + " share the simple name that names their directory"
                        + " in " + EVENTS + "; rename one");
            }
            for (String kind : List.of("schema", "sample")) {
                String path = event.getSimpleName() + "/v" + revision + "." + kind + ".json";
                if (!files.containsKey(path)) {
                    problems.add(event.getName() + " (@Revision(\"" + revision + "\")) has no " + EVENTS + path);
                }
            }
            GoldenFile sample = files.get(event.getSimpleName() + "/v" + revision + ".sample.json");
            if (sample != null && !Sample.read(sample).type().equals(event.getName())) {
                problems.add(sample + " names " + Sample.read(sample).type() + ", but the event is " + event.getName());
            }
        }
        assertThat(classBySimpleName).as("@Revision classes found under org.fundtrail").isNotEmpty();
        assertThat(problems).as("""
                every event revision needs a JSON schema and a golden sample in %s<EventSimpleName>/ \
                (see docs/event-catalogue.md, "How to change an event")""".formatted(EVENTS)).isEmpty();
    }

    @Test
    void everyFileInTheEventsDirectoryIsASchemaWithItsSample() {
        List<String> problems = new ArrayList<>();
        Listing listing = scanEventsDirectory();
        listing.strays().forEach(stray -> problems.add(stray + " is not named <EventSimpleName>/v<revision>.schema.json"
                + " or .sample.json, so nothing reads it"));
        Map<String, GoldenFile> files = listing.files();
        for (GoldenFile file : files.values()) {
            String partner = file.event() + "/v" + file.revision() + (file.isSample() ? ".schema.json" : ".sample.json");
            if (!files.containsKey(partner)) {
                problems.add(file + " has no " + partner);
            }
            if (file.isSample()) {
                continue;
            }
            JsonNode schema = file.json();
            Sample sample = files.containsKey(partner) ? Sample.read(files.get(partner)) : null;
            String type = sample == null ? file.event() : sample.type();
            expect(problems, file, "$schema", DRAFT_2020_12.equals(schema.path("$schema").asText()),
                    "must be " + DRAFT_2020_12);
            String id = "urn:fundtrail:event:" + type + ":" + file.revision();
            String title = type + ", revision " + file.revision();
            expect(problems, file, "$id", schema.path("$id").asText().equals(id), "must be " + id);
            expect(problems, file, "title", schema.path("title").asText().equals(title), "must be \"" + title + "\"");
            expect(problems, file, "description", !schema.path("description").asText().isBlank(),
                    "must say what the fact means");
            expect(problems, file, "type", "object".equals(schema.path("type").asText()), "must be object");
            expect(problems, file, "additionalProperties", schema.path("additionalProperties").isBoolean()
                    && !schema.path("additionalProperties").booleanValue(), "must be false");
            for (JsonNode required : schema.path("required")) {
                expect(problems, file, "required", schema.path("properties").has(required.asText()),
                        "names " + required + ", which is not among the properties");
            }
            Set<ValidationMessage> invalid = metaSchema().validate(schema);
            expect(problems, file, "(the schema itself)", invalid.isEmpty(), "is not a valid 2020-12 schema: " + invalid);
        }
        assertThat(problems).as("files in " + EVENTS).isEmpty();
    }

    private static void expect(List<String> problems, GoldenFile file, String keyword, boolean ok, String what) {
        if (!ok) {
            problems.add(file + " " + keyword + " " + what);
        }
    }

    /** Every class under org.fundtrail annotated with @Revision: records are final and not components, so accept any. */
    private static List<Class<?>> revisionedClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        List<Class<?>> classes = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.fundtrail")) {
            try {
                classes.add(Class.forName(definition.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reading ledger/events from the classpath
    // ---------------------------------------------------------------------------------------------------------

    /** A file in ledger/events, by its path under that directory (e.g. {@code DonationRecorded/v1.sample.json}). */
    private record GoldenFile(String path, String event, String revision, String kind, Resource resource) {

        boolean isSample() {
            return "sample".equals(kind);
        }

        JsonNode json() {
            try (InputStream in = resource.getInputStream()) {
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(EVENTS + path + " is not readable JSON", e);
            }
        }

        @Override
        public String toString() {
            return EVENTS + path;
        }
    }

    /** A golden sample: {@code {"type": <class name>, "revision": <revision>, "payload": {…}}}. */
    private record Sample(String source, String type, String revision, ObjectNode payload) {

        static Sample read(GoldenFile file) {
            JsonNode json = file.json();
            List<String> keys = new ArrayList<>();
            json.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as(file + " has exactly type, revision and payload")
                    .containsExactlyInAnyOrder("type", "revision", "payload");
            assertThat(json.get("type").isTextual() && json.get("revision").isTextual() && json.get("payload").isObject())
                    .as(file + ": type and revision are strings, payload an object").isTrue();
            return new Sample(file.toString(), json.get("type").asText(), json.get("revision").asText(),
                    (ObjectNode) json.get("payload"));
        }

        SerializedType serializedType() {
            return new SimpleSerializedType(type, revision);
        }
    }

    private record Read(SerializedType type, Object event) {
    }

    private static Map<String, GoldenFile> goldenFiles() {
        return scanEventsDirectory().files();
    }

    /** What is in ledger/events: the schemas and samples by path, and any file named otherwise. */
    private record Listing(Map<String, GoldenFile> files, Set<String> strays) {
    }

    private static Listing scanEventsDirectory() {
        Map<String, GoldenFile> files = new TreeMap<>();
        Set<String> strays = new TreeSet<>();
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (Resource resource : resolver.getResources("classpath*:" + EVENTS + "**/*")) {
                if (!resource.isReadable()) {
                    continue; // a directory
                }
                String url = resource.getURL().toString();
                String path = url.substring(url.lastIndexOf("/" + EVENTS) + EVENTS.length() + 1);
                Matcher matcher = FILE.matcher(path);
                if (!matcher.matches()) {
                    strays.add(EVENTS + path);
                    continue;
                }
                GoldenFile previous = files.put(path, new GoldenFile(path, matcher.group(1), matcher.group(2),
                        matcher.group(3), resource));
                assertThat(previous).as(EVENTS + path + " is on the classpath twice").isNull();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Listing(files, strays);
    }

    private static JsonSchema schemaFor(String event, String revision) {
        String path = EVENTS + event + "/v" + revision + ".schema.json";
        Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:" + path);
        if (!resource.exists()) {
            fail("no schema " + path);
        }
        try (InputStream in = resource.getInputStream()) {
            return SCHEMAS.getSchema(JSON.readTree(in), STRICT);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    private static JsonSchema metaSchema() {
        return SCHEMAS.getSchema(SchemaLocation.of(DRAFT_2020_12), STRICT);
    }

    private static void assertValid(JsonSchema schema, JsonNode json, String what) {
        Set<ValidationMessage> errors = schema.validate(json);
        if (!errors.isEmpty()) {
            fail(what + " does not match " + schema.getSchemaNode().path("title").asText() + ":\n  "
                    + String.join("\n  ", errors.stream().map(ValidationMessage::toString).toList()) + "\n" + json);
        }
    }

    private static Class<?> currentClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** The revision Axon writes for a class: its @Revision, or none (null). */
    private static String revisionOf(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }
}
