package io.tandem.support.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.tandem.plan.error.Conflict;
import io.tandem.plan.error.ErrorCode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Adds the {@code ProblemDetail} schema (RFC 9457 with Tandem's {@code code} and {@code field}) and the
 * error responses that ProblemHandler and the security filters send to every operation that does not
 * document them itself.
 */
class ProblemResponses implements GlobalOpenApiCustomizer {

    static final String PROBLEM_SCHEMA = "ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(OpenAPI api) {
        Schema<?> conflict = ApiSchemas.ref(api, Conflict.class);
        api.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema(conflict));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> addProblems(path, method, operation)));
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        add(responses, "400", "The request is invalid; code names the rule and field the input at fault.");
        add(responses, "401", "The bearer token is missing, expired or invalid.");
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (write) {
            add(responses, "403", "The caller's organization may not make this request "
                    + "(NOT_OWNER_ORGANIZATION or FORBIDDEN).");
        }
        if (path.contains("{")) {
            add(responses, "404", "No such plan or item, or the caller's organization may not see it.");
        }
        if (write) {
            add(responses, "409", "Something the edit touches changed after base_version; conflict names it.");
        }
        add(responses, "500", "The request failed on the server and was logged.");
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        Schema<?> problem = new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA);
        responses.addApiResponse(status, new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problem))));
    }

    private static Schema<?> problemSchema(Schema<?> conflict) {
        String codes = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.joining(", "));
        Schema<?> problem = new ObjectSchema()
                .description("An RFC 9457 problem detail with Tandem's extension members code and field.")
                .required(List.of("type", "title", "status", "code"));
        problem.addProperty("type", new StringSchema().format("uri-reference")
                .example("/problems/credit-above-amount"));
        problem.addProperty("title", new StringSchema().example("Credit above amount"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema()
                .example("credited_amount 900000 is above the deal amount 780000"));
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty("code", new StringSchema().example("CREDIT_ABOVE_AMOUNT").description(
                "The stable error code to match on: one of " + codes + ", or for a protocol error the HTTP "
                        + "status name, such as METHOD_NOT_ALLOWED."));
        problem.addProperty("field", new StringSchema().example("credited_amount")
                .description("The JSON path or parameter of the input at fault, when one is."));
        problem.addProperty("conflict", conflict.description("Present on 409: the change the edit collided with."));
        return problem;
    }
}
