package org.fundtrail.programme;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.ProgrammePolicies;
import org.fundtrail.programme.api.ProgrammePolicy;
import org.fundtrail.programme.api.ProgrammePolicy.FundraisingFloor;
import org.fundtrail.programme.api.ProgrammePolicy.Limits;
import org.fundtrail.programme.api.ProgrammePolicy.UsagePlanRule;
import org.fundtrail.programme.api.StarRating;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The programme policies in {@code ledger/programmes/*.yaml}, read and checked once at start-up. A policy that does not
 * make sense stops start-up with a message naming the file and the field: paying contracts under a half-understood
 * policy is worse than not starting.
 */
@Component
class YamlProgrammePolicies implements ProgrammePolicies {

    static final String LOCATION = "classpath*:ledger/programmes/*.yaml";

    /** How files are named in messages, whatever jar or folder they were found in. */
    private static final String FOLDER = "ledger/programmes/";

    /**
     * Strict on purpose: a misspelt key, a {@code 60.5} where a whole percentage belongs, or a key written twice would
     * otherwise be read as something the author did not write. Sets keep the order they were written in, for display.
     */
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(new SimpleModule().addAbstractTypeMapping(Set.class, LinkedHashSet.class))
            .build();

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class);

    private final Map<String, ProgrammePolicy> byId;

    /** Spring's constructor: every policy file on the classpath. */
    YamlProgrammePolicies() {
        this(onClasspath());
    }

    /** For tests: exactly these files, each named by its resource's file name. */
    static YamlProgrammePolicies of(Resource... files) {
        return new YamlProgrammePolicies(List.of(files));
    }

    private YamlProgrammePolicies(List<Resource> files) {
        Map<String, ProgrammePolicy> policies = new TreeMap<>();
        for (Resource file : files) {
            ProgrammePolicy policy = load(file);
            // Two jars can both ship a file of the same name; which one wins must not depend on classpath order.
            if (policies.putIfAbsent(policy.id(), policy) != null) {
                throw new IllegalStateException(nameOf(file) + ": id: '" + policy.id() + "' is defined by two files");
            }
        }
        byId = Collections.unmodifiableMap(policies);
    }

    @Override
    public Optional<ProgrammePolicy> find(String policyId) {
        return Optional.ofNullable(byId.get(policyId));
    }

    @Override
    public Collection<ProgrammePolicy> all() {
        return byId.values();
    }

    private static List<Resource> onClasspath() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(YamlProgrammePolicies.class.getClassLoader())
                    .getResources(LOCATION);
            if (found.length == 0) {
                // The jar always ships the seed programmes; none at all means a broken build, not an empty world.
                throw new IllegalStateException("no programme policies found at " + LOCATION);
            }
            return List.of(found);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + LOCATION, e);
        }
    }

    private static ProgrammePolicy load(Resource file) {
        String name = nameOf(file);
        ProgrammePolicy read;
        try (InputStream in = file.getInputStream(); JsonParser parser = YAML.createParser(in)) {
            // A file of nothing but comments has no first token; say so rather than Jackson's "no content to map".
            read = parser.nextToken() == null ? null : YAML.readValue(parser, ProgrammePolicy.class);
        } catch (JsonMappingException e) {
            throw new IllegalStateException(name + ": " + describe(e), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(name + ": not valid YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read", e);
        }
        if (read == null) {
            throw new IllegalStateException(name + ": the file is empty");
        }
        List<String> problems = PolicyValidator.problems(read, idOf(file));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.stream().map(problem -> name + ": " + problem)
                    .collect(Collectors.joining("\n")));
        }
        return withDefaults(read);
    }

    /** Jackson's messages name Java classes; the author of the file needs the YAML path and what was wrong there. */
    private static String describe(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(step -> step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
        String problem;
        if (e instanceof UnrecognizedPropertyException unknown) {
            problem = "unknown key; the keys here are " + unknown.getKnownPropertyIds();
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            problem = "'" + invalid.getValue() + "' is not one of "
                    + Arrays.toString(invalid.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidFormatException invalid && WHOLE_NUMBERS.contains(invalid.getTargetType())) {
            problem = "'" + invalid.getValue() + "' is not a whole number";
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() == int.class) {
            problem = "required: a whole number"; // a missing int would otherwise silently read as 0
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() == Money.class) {
            // YAML reads an unquoted 200000.00 as a floating point number; money is never one.
            problem = "write an amount as a quoted string with at most two decimals, e.g. \"200000.00\"";
        } else if (e instanceof ValueInstantiationException && e.getCause() != null) {
            problem = e.getCause().getMessage(); // e.g. Money.parse refusing "12.345"
        } else {
            problem = e.getOriginalMessage();
        }
        return path.isEmpty() ? problem : path + ": " + problem;
    }

    /** Keys a file may leave out read as "none"; collections are copied so nobody can change a policy after start-up. */
    private static ProgrammePolicy withDefaults(ProgrammePolicy read) {
        UsagePlanRule plan = read.usagePlan() == null ? null
                : new UsagePlanRule(read.usagePlan().mandatoryBasic(), byRating(read.usagePlan().electives()));
        List<FundraisingFloor> floors = read.fundraisingFloors() == null ? List.of()
                : read.fundraisingFloors().stream().sorted(Comparator.comparingInt(FundraisingFloor::fromRank)).toList();
        return new ProgrammePolicy(read.id(), read.seed(), read.name(), List.copyOf(read.tranches()),
                ordered(read.budgetCategories()), ordered(read.forbiddenCategories()),
                read.limits() == null ? Limits.NONE : read.limits(),
                byRating(read.awards()), plan,
                read.minimumCategoryShares() == null ? Map.of()
                        : Collections.unmodifiableMap(new LinkedHashMap<>(read.minimumCategoryShares())),
                read.fraudDebarmentYears(), floors);
    }

    private static Set<String> ordered(Set<String> categories) {
        return categories == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(categories));
    }

    private static <V> Map<StarRating, V> byRating(Map<StarRating, V> values) {
        Map<StarRating, V> copy = new EnumMap<>(StarRating.class);
        if (values != null) {
            copy.putAll(values);
        }
        return Collections.unmodifiableMap(copy);
    }

    private static String nameOf(Resource file) {
        return file.getFilename() == null ? file.getDescription() : FOLDER + file.getFilename();
    }

    /** A policy's id is its file's name without {@code .yaml}. */
    private static String idOf(Resource file) {
        String filename = String.valueOf(file.getFilename());
        return filename.endsWith(".yaml") ? filename.substring(0, filename.length() - ".yaml".length()) : filename;
    }
}
