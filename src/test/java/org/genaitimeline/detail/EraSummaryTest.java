package org.genaitimeline.detail;

import static org.assertj.core.api.Assertions.assertThat;

import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;

class EraSummaryTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled().catalog().orElseThrow();

    @Test
    void theEraNamesCarryTheChaptersYearsInBothLanguages() {
        assertThat(CATALOG.eras()).extracting(e -> e.name().get(Language.EN)).contains(
                "2014–2017: The VAE and GAN era", "2018–2019: The Transformer era", "2020–2022: The era of big models");
        assertThat(CATALOG.eras()).extracting(e -> e.name().get(Language.ZH)).contains(
                "2014 年至 2017 年：VAE 和 GAN 时代", "2018 年至 2019 年：Transformer 时代", "2020 年至 2022 年：大模型时代");
    }

    @Test
    void theBigModelErasCardSaysItRunsTo2023AndWhy() {
        Era big = CATALOG.era("big-models").orElseThrow();
        long count = CATALOG.inEra("big-models").size();
        EraSummary en = EraSummary.of(big, CATALOG.models(), Language.EN);
        EraSummary zh = EraSummary.of(big, CATALOG.models(), Language.ZH);

        assertThat(en.span()).isEqualTo("In this app 2020–2023 · " + count + " models");
        assertThat(zh.span()).isEqualTo("本应用中为 2020–2023 · " + count + " 个模型");
        assertThat(en.summary()).contains("2020–2022", "through 2023");
        assertThat(zh.summary()).contains("2020 年至 2022 年", "2023 年");
    }
}
