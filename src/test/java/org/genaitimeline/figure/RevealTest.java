package org.genaitimeline.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.genaitimeline.catalog.BookValues;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.Localized;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.catalog.Provenance;
import org.genaitimeline.testing.FxTestBase;
import org.junit.jupiter.api.Test;

/** The one reveal predicate both figures draw through. */
class RevealTest extends FxTestBase {

    private static Model dated(String date) {
        return new Model("m", "M", List.of(), PartialDate.parse(date), "big-models", Optional.empty(), List.of("Lab"),
                Family.GAN, Kind.LLM, OptionalLong.empty(), Optional.empty(), Optional.empty(), List.of(),
                new Localized("s", "s"), Optional.empty(), List.of(), BookValues.NONE, Provenance.BUNDLED);
    }

    @Test
    void modelsFromTheCutoffDayOnAreHidden() throws Exception {
        boolean[] shown = callFx(() -> {
            FigureControl figure = new FigureControl("figure") {
            };
            boolean all = figure.isRevealed(dated("2030-01-01"));
            figure.setRevealUntil(LocalDate.of(2020, 6, 1));
            return new boolean[] {all, figure.isRevealed(dated("2020-05-31")), figure.isRevealed(dated("2020-06-01")),
                figure.isRevealed(dated("2021"))};
        });
        assertThat(shown).containsExactly(true, true, false, false);
    }
}
