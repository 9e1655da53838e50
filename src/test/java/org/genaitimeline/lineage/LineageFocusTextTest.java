package org.genaitimeline.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;

/** What a screen reader hears for the focused node of the lineage, in both languages. */
class LineageFocusTextTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled().catalog().orElseThrow();
    private static final LineageGraph GRAPH = LineageGraph.of(CATALOG);

    private static Model model(String id) {
        return CATALOG.model(id).orElseThrow();
    }

    private static List<Model> models(String... ids) {
        return java.util.Arrays.stream(ids).map(LineageFocusTextTest::model).toList();
    }

    @Test
    void aListNamesTwoAndCountsTheRest() {
        assertThat(LineageFocus.names(models("gpt-2"), Language.EN)).isEqualTo("GPT-2");
        assertThat(LineageFocus.names(models("gpt-2", "gpt-3"), Language.EN)).isEqualTo("GPT-2 and GPT-3");
        assertThat(LineageFocus.names(models("gpt", "gpt-2", "gpt-3"), Language.EN)).isEqualTo("GPT, GPT-2 and GPT-3");
        assertThat(LineageFocus.names(models("gpt", "gpt-2", "gpt-3", "codex", "opt"), Language.EN))
                .isEqualTo("GPT, GPT-2 and 3 more");
        assertThat(LineageFocus.names(models("gpt", "gpt-2", "gpt-3", "codex", "opt"), Language.ZH))
                .isEqualTo("GPT、GPT-2等另外 3 个");
        assertThat(LineageFocus.names(models("gpt-2", "gpt-3"), Language.ZH)).isEqualTo("GPT-2和GPT-3");
    }

    @Test
    void theFocusedModelIsNamedWithItsDateParentsAndChildren() {
        Model gpt3 = model("gpt-3");
        List<Model> children = GRAPH.children("gpt-3");
        String en = LineageFocus.text(GRAPH, null, "gpt-3", gpt3, Language.EN);
        String zh = LineageFocus.text(GRAPH, null, "gpt-3", gpt3, Language.ZH);

        assertThat(en).isEqualTo("GPT-3, May 2020, builds on GPT-2; led to " + children.get(0).name() + ", "
                + children.get(1).name() + " and " + (children.size() - 2) + " more");
        assertThat(zh).startsWith("GPT-3，2020 年 5 月，基于 GPT-2；后继有 " + children.get(0).name(Language.ZH) + "、");
    }

    @Test
    void aModelWithoutParentsOrChildrenSaysSo() {
        Model root = CATALOG.models().stream().filter(m -> GRAPH.parents(m.id()).isEmpty()
                && !GRAPH.children(m.id()).isEmpty()).findFirst().orElseThrow();
        Model leaf = CATALOG.models().stream().filter(m -> !GRAPH.parents(m.id()).isEmpty()
                && GRAPH.children(m.id()).isEmpty()).findFirst().orElseThrow();

        assertThat(LineageFocus.text(GRAPH, null, root.id(), root, Language.EN)).contains("builds on no model");
        assertThat(LineageFocus.text(GRAPH, null, leaf.id(), leaf, Language.EN)).endsWith("no model in the catalog builds on it");
        assertThat(LineageFocus.text(GRAPH, null, leaf.id(), leaf, Language.ZH)).endsWith("目录中还没有基于它的模型");
    }

    @Test
    void withoutAFocusTheFigureIsDescribed() {
        assertThat(LineageFocus.text(GRAPH, null, null, null, Language.EN)).isEqualTo("Select a model to see its family tree");
        assertThat(LineageFocus.text(GRAPH, null, null, model("chatgpt"), Language.ZH)).startsWith("ChatGPT 的家族树");
    }
}
