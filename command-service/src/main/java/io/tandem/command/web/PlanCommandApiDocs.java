package io.tandem.command.web;

import static io.tandem.support.openapi.ApiSchemas.example;
import static io.tandem.support.openapi.ApiSchemas.ref;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.section.CurrentState;
import io.tandem.plan.section.ReviewCadence;
import io.tandem.plan.section.ValueProposition;
import io.tandem.plan.value.Money;
import io.tandem.plan.value.Visibility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes the request bodies of the write API, with an example for each. The controller reads
 * them as JSON trees, because {@code base_version} and {@code visibility} sit beside the fields of the
 * section or item being edited, so springdoc cannot infer their schemas.
 */
@Component
class PlanCommandApiDocs implements OpenApiCustomizer {

    private static final String PLAN = "/api/plans/{planId}";
    private static final String TAG = "Plan edits";
    private static final String APPLICATION_JSON = "application/json";

    @Override
    public void customise(OpenAPI api) {
        Operation create = operation(api, "/api/plans", PathItem.HttpMethod.POST);
        describe(create, "Create a plan; the caller's organization must be owner_org",
                ref(api, CreatePlanRequest.class),
                Map.of("create", example("Create a plan", PlanCommandExamples.CREATE)));
        created(create);
        edit(api, PLAN + "/tier", PathItem.HttpMethod.PUT, "Set the tier, 1 to 3", tierFields(),
                example("Move to Tier 2", PlanCommandExamples.TIER));
        edit(api, PLAN + "/reviews", PathItem.HttpMethod.POST, "Record a review (QBR) under a unique name",
                reviewFields(), example("Record a QBR", PlanCommandExamples.REVIEW));
        edit(api, PLAN + "/account-overview", PathItem.HttpMethod.PUT, "Replace the account overview",
                ref(api, AccountOverview.class), example("Account overview", PlanCommandExamples.ACCOUNT_OVERVIEW));
        edit(api, PLAN + "/value-proposition", PathItem.HttpMethod.PUT, "Replace the joint value proposition",
                ref(api, ValueProposition.class),
                example("Value proposition", PlanCommandExamples.VALUE_PROPOSITION));
        edit(api, PLAN + "/current-state", PathItem.HttpMethod.PUT, "Replace the current state",
                ref(api, CurrentState.class), example("Current state", PlanCommandExamples.CURRENT_STATE));
        edit(api, PLAN + "/review-cadence", PathItem.HttpMethod.PUT, "Replace the review cadence",
                ref(api, ReviewCadence.class), example("Review cadence", PlanCommandExamples.REVIEW_CADENCE));
        edit(api, PLAN + "/targets/{period}", PathItem.HttpMethod.PUT,
                "Set the revenue and pipeline target of one period, such as FY2026-H2", targetFields(api),
                example("Target for FY2026-H2", PlanCommandExamples.TARGET));
        describeItemEdits(api);
    }

    private void describeItemEdits(OpenAPI api) {
        List<Schema> additions = new ArrayList<>();
        List<Schema> updates = new ArrayList<>();
        Map<String, Example> addExamples = new LinkedHashMap<>();
        Map<String, Example> updateExamples = new LinkedHashMap<>();
        for (ItemKind kind : ItemKind.values()) {
            if (kind == ItemKind.TARGET) {
                continue;
            }
            additions.add(new ComposedSchema().allOf(List.of(baseVersion(api), visibility(api), ref(api, kind.type())))
                    .title(kind.path()));
            updates.add(new ComposedSchema().allOf(List.of(baseVersion(api), ref(api, kind.type())))
                    .title(kind.path()));
            addExamples.put(kind.path(), example("POST …/" + kind.path(), PlanCommandExamples.ADDITIONS.get(kind)));
            updateExamples.put(kind.path(), example("PATCH …/" + kind.path() + "/{ref}",
                    PlanCommandExamples.UPDATES.get(kind)));
        }
        Operation add = operation(api, PLAN + "/{collection}", PathItem.HttpMethod.POST);
        describe(add, "Add an item to a collection (team-members, contacts, milestones, whitespace, deals, "
                + "activities, risks); visibility internal keeps it within the caller's organization",
                new ComposedSchema().oneOf(additions), addExamples);
        created(add);
        describe(operation(api, PLAN + "/{collection}/{ref}", PathItem.HttpMethod.PATCH),
                "Change the named fields of an item; JSON null clears an optional field",
                new ComposedSchema().oneOf(updates), updateExamples);
        Operation remove = operation(api, PLAN + "/{collection}/{ref}", PathItem.HttpMethod.DELETE);
        remove.summary("Remove an item, or a target when the collection is targets").tags(List.of(TAG));
    }

    private static void edit(OpenAPI api, String path, PathItem.HttpMethod method, String summary, Schema<?> fields,
                             Example example) {
        Schema<?> body = new ComposedSchema().allOf(List.of(baseVersion(api), fields));
        describe(operation(api, path, method), summary, body, Map.of("edit", example));
    }

    private static void describe(Operation operation, String summary, Schema<?> body, Map<String, Example> examples) {
        operation.summary(summary).tags(List.of(TAG));
        operation.requestBody(new RequestBody().required(true).content(new Content().addMediaType(
                APPLICATION_JSON,
                new MediaType().schema(body).examples(examples))));
    }

    /** Documents the 201 and the Location header that creations send instead of a 200. */
    private static void created(Operation operation) {
        ApiResponse ok = operation.getResponses().remove("200");
        operation.getResponses().addApiResponse("201", new ApiResponse()
                .description("Created; the body names the plan and its version, and Location the new resource.")
                .content(ok == null ? null : ok.getContent())
                .addHeaderObject("Location", new Header().schema(new StringSchema())
                        .description("The URL of the new plan or item")));
    }

    private static Operation operation(OpenAPI api, String path, PathItem.HttpMethod method) {
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
        Operation operation = item == null ? null : item.readOperationsMap().get(method);
        if (operation == null) {
            throw new IllegalStateException("The API document has no " + method + " " + path
                    + "; update PlanCommandApiDocs along with PlanCommandController");
        }
        return operation;
    }

    private static Schema<?> baseVersion(OpenAPI api) {
        Schema<?> version = new IntegerSchema().format("int64").minimum(BigDecimal.ZERO)
                .description("The plan version the edit is based on: the version its author last saw");
        return component(api, "BaseVersion",
                new ObjectSchema().addProperty("base_version", version).required(List.of("base_version")));
    }

    private static Schema<?> visibility(OpenAPI api) {
        StringSchema visibility = new StringSchema();
        for (Visibility value : Visibility.values()) {
            visibility.addEnumItem(value.name().toLowerCase(Locale.ROOT));
        }
        return component(api, "ItemVisibility", new ObjectSchema().addProperty("visibility",
                visibility._default("shared").description("internal keeps the item within the caller's organization")));
    }

    private static Schema<?> component(OpenAPI api, String name, Schema<?> schema) {
        api.getComponents().addSchemas(name, schema);
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static Schema<?> tierFields() {
        return new ObjectSchema().addProperty("tier", new IntegerSchema().minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(3))).required(List.of("tier"));
    }

    private static Schema<?> reviewFields() {
        return new ObjectSchema()
                .addProperty("name", new StringSchema().description("Unique within the plan, such as FY2026 Q3 QBR"))
                .addProperty("notes", new StringSchema())
                .required(List.of("name"));
    }

    /** Returns the schema of a target's fields without its period, which the URL names. */
    private static Schema<?> targetFields(OpenAPI api) {
        Schema<?> money = ref(api, Money.class);
        return new ObjectSchema()
                .addProperty("revenue_target", money)
                .addProperty("pipeline_target", money);
    }
}
