package io.tandem.export.layout;

import java.util.List;

/**
 * One section of the export under its heading, such as "8. Open pipeline", or the Tier 2 summary of
 * sections 4 to 7 ("4-7"). {@code prompts} are the reviewer notes; {@code empty} is true when the plan has
 * nothing for the section, and then the blocks state that and keep the template's hint.
 */
public record SectionPage(String number, String title, List<Block> blocks, List<String> prompts, boolean empty) {

    public String heading() {
        return number + ". " + title;
    }
}
