package io.tandem.export.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.export.plan.Audience;
import io.tandem.export.plan.PlanPoint;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanRejectedException;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class ExportParametersTest {

    private static MultiValueMap<String, String> query(String... pairs) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        for (int index = 0; index < pairs.length; index += 2) {
            query.add(pairs[index], pairs[index + 1]);
        }
        return query;
    }

    private static void assertRejected(String extension, MultiValueMap<String, String> query, ErrorCode code,
                                       String field) {
        assertThatThrownBy(() -> ExportParameters.parse(extension, query))
                .isInstanceOfSatisfying(PlanRejectedException.class, rejection -> {
                    assertThat(rejection.code()).isEqualTo(code);
                    assertThat(rejection.field()).isEqualTo(field);
                });
    }

    @Test
    void defaultsToOwnAudienceAndCurrentPlan() {
        ExportParameters parameters = ExportParameters.parse("docx", query());

        assertThat(parameters.format()).isEqualTo(ExportFormat.DOCX);
        assertThat(parameters.audience()).isEqualTo(Audience.OWN);
        assertThat(parameters.point().isCurrent()).isTrue();
    }

    @Test
    void readsAudienceAndPoint() {
        ExportParameters parameters = ExportParameters.parse("pptx", query("audience", "partner", "review",
                "FY2026 Q3 QBR"));

        assertThat(parameters.format()).isEqualTo(ExportFormat.PPTX);
        assertThat(parameters.audience()).isEqualTo(Audience.PARTNER);
        assertThat(parameters.point()).isEqualTo(new PlanPoint("review", "FY2026 Q3 QBR"));
    }

    @Test
    void rejectsUnknownFormat() {
        assertRejected("pdf", query(), ErrorCode.INVALID_FIELD, "format");
    }

    @Test
    void rejectsUnknownAudience() {
        assertRejected("docx", query("audience", "everyone"), ErrorCode.INVALID_FIELD, "audience");
    }

    @Test
    void rejectsMisspeltParameter() {
        assertRejected("docx", query("audiance", "partner"), ErrorCode.UNKNOWN_FIELD, "audiance");
    }

    @Test
    void rejectsRepeatedParameter() {
        assertRejected("docx", query("audience", "partner", "audience", "own"), ErrorCode.INVALID_FIELD, "audience");
    }

    @Test
    void rejectsTwoPoints() {
        assertRejected("docx", query("at", "2026-10-01T00:00:00Z", "review", "FY2026 Q3 QBR"),
                ErrorCode.INVALID_FIELD, "review");
    }

    @Test
    void rejectsEmptyPoint() {
        assertRejected("pptx", query("at", ""), ErrorCode.INVALID_FIELD, "at");
    }

    @Test
    void rejectsVersionThatIsNoWholeNumber() {
        assertRejected("pptx", query("version", "-1"), ErrorCode.WRONG_TYPE, "version");
        assertRejected("pptx", query("version", "3.5"), ErrorCode.WRONG_TYPE, "version");
    }
}
