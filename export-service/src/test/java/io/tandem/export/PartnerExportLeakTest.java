package io.tandem.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.export.plan.Audience;
import io.tandem.export.plan.PlanPoint;
import io.tandem.export.plan.PlanViewReader;
import io.tandem.export.support.Exports;
import io.tandem.export.support.InternalTexts;
import io.tandem.export.support.KestrelViews;
import io.tandem.export.support.PackageParts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unzips every part of each export, the parts of the chart's embedded workbook included, and searches all of
 * them (document body, tables, notes, charts, document properties) for the text of each internal item.
 */
class PartnerExportLeakTest {

    record Format(String name, ExportFunction render) {

        @Override
        public String toString() {
            return name;
        }
    }

    interface ExportFunction {
        byte[] render(io.tandem.export.plan.PlanView view, String user, Audience audience, PlanPoint point);
    }

    static Stream<Arguments> exports() {
        List<Format> formats = List.of(new Format("docx", Exports::docx), new Format("pptx", Exports::pptx));
        Stream.Builder<Arguments> arguments = Stream.builder();
        for (String user : List.of(KestrelViews.DANA, KestrelViews.PRIYA)) {
            for (String point : List.of(KestrelViews.Q3, KestrelViews.Q4, KestrelViews.CURRENT)) {
                for (Format format : formats) {
                    arguments.add(Arguments.of(user, point, format));
                }
            }
        }
        return arguments.build();
    }

    @ParameterizedTest(name = "{0} at {1} as {2}")
    @MethodSource("exports")
    void partnerExportHoldsNoInternalText(String user, String point, Format format) {
        ObjectNode json = KestrelViews.json(user, point);
        Set<String> internal = InternalTexts.of(json);
        byte[] file = format.render().render(PlanViewReader.read(json), user, Audience.PARTNER, Exports.point(point));

        Map<String, String> parts = PackageParts.of(file);

        assertThat(internal).as("internal texts of the fixture").isNotEmpty();
        assertThat(parts.keySet()).anyMatch(name -> name.startsWith("docProps/core.xml"));
        parts.forEach((part, text) -> {
            for (String secret : internal) {
                assertThat(text).as("%s contains internal text '%s'", part, secret).doesNotContain(secret);
            }
            assertThat(text).as(part).doesNotContain("[Internal]");
        });
    }

    @ParameterizedTest(name = "{0} at {1} as {2}")
    @MethodSource("exports")
    void ownExportHoldsEveryInternalText(String user, String point, Format format) {
        ObjectNode json = KestrelViews.json(user, point);
        byte[] file = format.render().render(PlanViewReader.read(json), user, Audience.OWN, Exports.point(point));

        String all = String.join("\n", PackageParts.of(file).values());

        boolean tierTwoSummary = json.path("tier").asInt() == 2;
        for (String secret : InternalTexts.of(json)) {
            // The Tier 2 summary of sections 4 to 7 lists contacts by name, title and role, without notes.
            if (tierTwoSummary && secret.startsWith("Sponsors the incumbent")) {
                continue;
            }
            assertThat(all).as("own export of %s at %s", user, point).contains(secret);
        }
    }

    @ParameterizedTest(name = "{0} at {1} as {2}")
    @MethodSource("exports")
    void partnerExportOmitsInternalDeal(String user, String point, Format format) {
        ObjectNode json = KestrelViews.json(user, point);
        ObjectNode deal = (ObjectNode) json.withArray("deals").get(1);
        deal.put("visibility", "internal").put("name", "Confidential takeover bid");
        deal.putObject("amount").put("amount", 987654).put("currency", "USD");
        deal.putObject("credited_amount").put("amount", 123456).put("currency", "USD");

        String all = String.join("\n", PackageParts.of(format.render().render(PlanViewReader.read(json), user,
                Audience.PARTNER, Exports.point(point))).values());

        assertThat(all).doesNotContain("Confidential takeover bid").doesNotContain("987654")
                .doesNotContain("987,654").doesNotContain("123456").doesNotContain("123,456");
    }
}
