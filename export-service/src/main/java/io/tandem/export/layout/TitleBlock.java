package io.tandem.export.layout;

import java.util.List;

/**
 * The opening of an export: the document title, the subtitle with both organizations, and the facts of the
 * title block (account, organizations, tier, as-of, audience, generation time). An export that contains
 * internal items also gets a warning not to pass it on.
 */
public record TitleBlock(String title, String subtitle, List<Block.Fact> facts, String warning) {
}
