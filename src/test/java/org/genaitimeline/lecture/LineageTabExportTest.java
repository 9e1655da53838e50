package org.genaitimeline.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.genaitimeline.app.FigureRenderers;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.growth.ParameterGrowthView;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.state.AppState;
import org.genaitimeline.testing.FxTestBase;
import org.genaitimeline.timeline.TimelineView;
import org.junit.jupiter.api.Test;

/** File > Export… on the Lineage tab: the lineage figure of the selection, with the tab's options. */
class LineageTabExportTest extends FxTestBase {

    @Test
    void theLineageTabExportsTheTreeOfTheSelectionWithItsOptions() throws Exception {
        AppState state = new AppState(Language.EN);
        LineageOptions[] options = {LineageOptions.DEFAULT.withDepth(1)};
        FigureExport export = callFx(() -> {
            state.setCatalog(new CatalogLoader().loadBundled().catalog().orElseThrow());
            state.select("chatgpt");
            state.showView(AppState.View.LINEAGE);
            return new FigureExport(state, new TimelineView(), new ParameterGrowthView(), null, () -> options[0],
                    FigureRenderers.all());
        });
        FigureExport.Settings svg = new FigureExport.Settings(FigureExport.Format.SVG, 1600, 900, 1, "", "");

        String one = new String(export.bytes(svg), StandardCharsets.UTF_8);
        options[0] = LineageOptions.DEFAULT.withDepth(LineageOptions.ALL).withDirection(
                LineageOptions.Direction.ANCESTORS);
        String all = new String(export.bytes(svg), StandardCharsets.UTF_8);

        assertThat(export.figureShown()).isTrue();
        assertThat(export.fileName(FigureExport.Format.SVG)).isEqualTo("lineage-chatgpt.svg");
        assertThat(export.defaultCaption()).startsWith("Lineage of ChatGPT: ");
        assertThat(one).contains("data-id=\"chatgpt\"", "data-id=\"gpt-3-5\"", "data-id=\"visual-chatgpt\"")
                .doesNotContain("data-id=\"gpt-3\"");
        assertThat(all).contains("data-id=\"gpt-3\"", "data-id=\"transformer\"")
                .doesNotContain("data-id=\"visual-chatgpt\"");
    }
}
