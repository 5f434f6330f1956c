package io.tandem.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Compares the endpoints that a Spring MVC service serves with those its OpenAPI document describes,
 * as "METHOD /path" strings such as {@code "GET /api/plans/{planId}"}.
 */
public final class ApiDocsCoverage {

    /** The keys of an OpenAPI path item that name operations; the others hold parameters and descriptions. */
    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private ApiDocsCoverage() {
    }

    /** Returns the endpoints under {@code prefix} that Spring MVC maps; a mapping without a method counts as GET. */
    public static Set<String> served(RequestMappingHandlerMapping mapping, String prefix) {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith(prefix)) {
                    continue;
                }
                String path = withoutRegex(pattern);
                if (methods.isEmpty()) {
                    endpoints.add("GET " + path);
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + path));
            }
        }
        return endpoints;
    }

    /** Returns the endpoints under {@code prefix} in an OpenAPI document's {@code paths}. */
    public static Set<String> documented(JsonNode apiDocs, String prefix) {
        Set<String> endpoints = new TreeSet<>();
        apiDocs.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith(prefix)) {
                path.getValue().fieldNames().forEachRemaining(field -> {
                    if (HTTP_METHODS.contains(field)) {
                        endpoints.add(field.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                });
            }
        });
        return endpoints;
    }

    /** Turns {@code {name:regex}} into {@code {name}}, as OpenAPI writes path variables. */
    private static String withoutRegex(String pattern) {
        return pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    }
}
