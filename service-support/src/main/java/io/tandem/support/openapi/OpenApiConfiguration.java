package io.tandem.support.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.tandem.support.Actor;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of each service at /v3/api-docs, with Swagger UI at /swagger-ui.html: every
 * operation under /api needs a bearer token, and every error is a problem+json body.
 */
@Configuration
public class OpenApiConfiguration {

    public static final String BEARER_SCHEME = "bearer";

    static {
        // The authenticated caller comes from the token, not from request parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    public OpenAPI tandemOpenApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info()
                        .title("Tandem " + service)
                        .version("v1")
                        .description("Joint account plans for a vendor and a partner organization. JSON names are "
                                + "snake_case; errors are RFC 9457 problem+json with a stable code."))
                .components(new Components().addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("A JWT whose sub claim is the user id, name the display name and org the "
                                + "organization; './tandem token USER --org ORG' prints one for a local run.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }

    /** Makes the schemas follow the API's own JSON mapper, so their property names are snake_case. */
    @Bean
    public ModelResolver snakeCaseModelResolver(ObjectMapper objectMapper, SpringDocConfigProperties springDoc) {
        return new ModelResolver(objectMapper).openapi31(springDoc.isOpenapi31());
    }

    @Bean
    public GlobalOpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }
}
