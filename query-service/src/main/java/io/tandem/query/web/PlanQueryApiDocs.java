package io.tandem.query.web;

import static io.tandem.support.openapi.ApiSchemas.ref;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.section.CurrentState;
import io.tandem.plan.section.Review;
import io.tandem.plan.section.ReviewCadence;
import io.tandem.plan.section.ValueProposition;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes the plan view that {@code GET /api/plans/{planId}} returns. PlanViewRenderer builds it as a
 * JSON tree, so springdoc cannot infer its schema from the controller.
 */
@Component
class PlanQueryApiDocs implements OpenApiCustomizer {

    private static final String TAG = "Plan reads";
    private static final String PLAN_VIEW = "PlanView";

    @Override
    public void customise(OpenAPI api) {
        operation(api, "/api/plans").summary("List the plans that the caller's organization belongs to")
                .tags(List.of(TAG));
        Operation get = operation(api, "/api/plans/{planId}")
                .summary("Read a plan as the caller's organization sees it, without the other organization's "
                        + "internal items")
                .tags(List.of(TAG));
        api.getComponents().addSchemas(PLAN_VIEW, planView(api));
        Schema<?> view = new Schema<>().$ref("#/components/schemas/" + PLAN_VIEW);
        get.getResponses().get("200").content(new Content()
                .addMediaType("application/json", new MediaType().schema(view)));
    }

    private static Schema<?> planView(OpenAPI api) {
        Schema<?> view = new ObjectSchema().description("A plan at its latest projected version. Sections never "
                + "set are absent; each list keeps the order in which its items were added.");
        view.addProperty("plan_id", new StringSchema());
        view.addProperty("version", new IntegerSchema().format("int64")
                .description("The sequence number of the plan's latest event: 0 after creation"));
        view.addProperty("owner_org", new StringSchema());
        view.addProperty("owner_org_name", new StringSchema());
        view.addProperty("partner_org", new StringSchema());
        view.addProperty("partner_org_name", new StringSchema());
        view.addProperty("tier", new IntegerSchema().description("1, 2 or 3"));
        view.addProperty("currency", new StringSchema().description("The one currency of every amount"));
        view.addProperty("created_at", new DateTimeSchema());
        view.addProperty("created_by", new StringSchema());
        view.addProperty("updated_at", new DateTimeSchema());
        view.addProperty("account_overview", ref(api, AccountOverview.class));
        view.addProperty("value_proposition", ref(api, ValueProposition.class));
        view.addProperty("current_state", ref(api, CurrentState.class));
        view.addProperty("review_cadence", ref(api, ReviewCadence.class));
        Schema<?> visibility = new ObjectSchema().addProperty("visibility", new StringSchema()
                        ._enum(List.of("shared", "internal"))
                        .description("internal: only the caller's organization sees the item"))
                .required(List.of("visibility"));
        for (ItemKind kind : ItemKind.values()) {
            view.addProperty(kind.collection(), new ArraySchema()
                    .items(new ComposedSchema().allOf(List.of(ref(api, kind.type()), visibility))));
        }
        view.addProperty("reviews", new ArraySchema().items(ref(api, Review.class)));
        return view.required(List.of("plan_id", "version", "owner_org", "partner_org", "tier"));
    }

    private static Operation operation(OpenAPI api, String path) {
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
        if (item == null || item.getGet() == null) {
            throw new IllegalStateException("The API document has no GET " + path
                    + "; update PlanQueryApiDocs along with PlanQueryController");
        }
        return item.getGet();
    }
}
