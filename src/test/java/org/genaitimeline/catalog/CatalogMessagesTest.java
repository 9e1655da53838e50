package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One loaded problem speaks both languages, at the same place in the file. */
class CatalogMessagesTest {

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @TempDir
    Path tmp;

    /** A file with a syntax-free but wrong model: unknown field, bad date, unknown family. */
    private List<Problem> problems() throws IOException {
        Path models = tmp.resolve("models.json");
        Files.writeString(models, """
                {"schemaVersion": 1, "models": [
                  {"id": "x", "name": "X", "date": "2020-13", "era": "e", "developer": ["Lab"],
                   "family": "gann", "kind": "llm", "parameters": null, "openSource": true,
                   "inFigure": false, "summary": {"en": "s", "zh": "s"}, "colour": 1}
                ]}
                """, StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("eras.json"), """
                {"schemaVersion": 1, "eras": [{"id": "e", "name": {"en": "E", "zh": "甲"}, "start": "2014-01-01",
                 "end": "2030-12-31", "color": "#aabbcc", "summary": {"en": "s", "zh": "s"}}]}
                """, StandardCharsets.UTF_8);
        LoadResult result = new CatalogLoader().load(models);
        assertThat(result.problems()).hasSize(3);
        return result.problems();
    }

    @Test
    void aChineseProblemIsChineseAtTheSameFileLineAndColumn() throws IOException {
        for (Problem p : problems()) {
            String en = p.describe(Language.EN);
            String zh = p.describe(Language.ZH);
            String where = p.file() + ":" + p.line() + ":" + p.column() + ": " + p.path() + ": ";
            assertThat(p.line()).isPositive();
            assertThat(en).startsWith(where).isEqualTo(p.toString());
            assertThat(zh).startsWith(where).isNotEqualTo(en);
            assertThat(CJK.matcher(p.message(Language.ZH)).find()).as(zh).isTrue();
            assertThat(CJK.matcher(en).find()).as(en).isFalse();
        }
    }

    @Test
    void theEnglishTextIsUnchangedByTheBundle() throws IOException {
        assertThat(problems()).extracting(Problem::message).containsExactly(
                "month 13 does not exist (YYYY, YYYY-MM or YYYY-MM-DD)",
                "unknown family \"gann\" (did you mean \"gan\"? one of: vae, gan, autoregressive, flow, "
                        + "energy-diffusion, multimodal, general, other)",
                "unknown field (allowed: id, name, aliases, date, era, eraNote, developer, family, kind, "
                        + "parameters, openSource, openSourceNote, tables, inFigure, summary, paper, buildsOn, book, familyInferred)");
    }

    @Test
    void nestedTextsAndValuesAreTranslatedTogether() throws IOException {
        assertThat(problems()).extracting(p -> p.message(Language.ZH)).containsExactly(
                "不存在 13 月（YYYY、YYYY-MM 或 YYYY-MM-DD）",
                "未知的模型类型“gann”（是不是“gan”？可选：vae, gan, autoregressive, flow, energy-diffusion, "
                        + "multimodal, general, other）",
                "未知字段（可用：id, name, aliases, date, era, eraNote, developer, family, kind, parameters, "
                        + "openSource, openSourceNote, tables, inFigure, summary, paper, buildsOn, book, familyInferred）");
    }

    @Test
    void aVerbatimTextIsTheSameInBothLanguages() {
        Problem p = new Problem("f.json", 0, 0, "", "已经翻译");
        assertThat(p.describe(Language.EN)).isEqualTo(p.describe(Language.ZH)).isEqualTo("f.json: 已经翻译");
    }
}
