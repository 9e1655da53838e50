package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled {@code buildsOn} links the papers state, as reviewed in docs/DATA-SOURCES.md
 * ("How a link is justified"): the links the chapter names, and the ones the review changed.
 */
class BundledLineageTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadBundled().catalog().orElseThrow();
    }

    private static List<String> parents(String id) {
        return catalog.model(id).orElseThrow().buildsOn();
    }

    @ParameterizedTest(name = "{0} builds on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            flamingo         | chinchilla
            palm-e           | palm vit
            controlnet       | stable-diffusion
            alpaca           | llama
            llama-2          | llama
            musiclm          | audiolm
            dreamfusion      | imagen nerf
            point-e          | glide
            codex            | gpt-3
            github-copilot   | codex
            chatgpt          | gpt-3-5
            vq-gan           | vq-vae gan transformer
            parti            | vit-vqgan transformer
            muse             | vq-gan t5
            dall-e           | gpt-3 vae clip
            dall-e-2         | clip glide
            stable-diffusion | latent-diffusion clip
            sagan            | gan self-attention
            toolformer       | gpt-j
            """)
    void theChaptersLinksAreThere(String id, String parents) {
        assertThat(parents(id)).containsAll(List.of(parents.split(" ")));
    }

    @Test
    void theReviewKeptTheNearestStatedStep() {
        // DALL.E's dVAE is trained as a VAE, with a relaxation the paper sets against VQ-VAE's.
        assertThat(parents("dall-e")).contains("vae").doesNotContain("vq-vae");
        // GPT-NeoX follows GPT-3's architecture and GPT-J's parallel layers, not the GPT-Neo models.
        assertThat(parents("gpt-neox")).containsExactly("gpt-3", "gpt-j");
        // Gopher takes GPT-2's Transformer; GPT-3.5's base model is a Codex model.
        assertThat(parents("gopher")).containsExactly("gpt-2");
        assertThat(parents("gpt-3-5")).containsExactly("codex");
        // The Transformer keeps the encoder-decoder; attention runs on the GRU.
        assertThat(parents("transformer")).contains("encoder-decoder");
        assertThat(parents("attention")).contains("gru");
    }

    @Test
    void theLargeLanguageModelsThatHadNoLinkNowSayWhatTheyStartFrom() {
        assertThat(List.of("llama", "gpt-4", "pangu-sigma", "bloom")).allSatisfy(id ->
                assertThat(parents(id)).containsExactly("transformer"));
        assertThat(parents("falcon")).containsExactly("gpt-3");
    }

    @Test
    void chatGptStillReachesTheTransformerAndAttention() {
        List<String> chain = List.of("chatgpt", "gpt-3-5", "codex", "gpt-3", "gpt-2", "gpt", "transformer", "attention",
                "encoder-decoder");
        for (int i = 1; i < chain.size(); i++) {
            assertThat(parents(chain.get(i - 1))).as(chain.get(i - 1)).contains(chain.get(i));
        }
    }
}
