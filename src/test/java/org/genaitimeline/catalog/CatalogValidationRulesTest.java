package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One failing catalog per validation rule (src/test/resources/catalogs/rules), each with the
 * exact message it must give, line and column included. Files holding models are checked
 * against rules/eras.json beside them.
 */
class CatalogValidationRulesTest {

    static final Path RULES = Path.of("src/test/resources/catalogs/rules");

    private final CatalogLoader loader = new CatalogLoader();

    /** The problems as the command line prints them, relative to the rules folder. */
    static List<String> printed(List<Problem> problems) {
        String prefix = RULES + File.separator;
        return problems.stream().map(p -> p.toString().replace(prefix, "")).toList();
    }

    private List<String> validate(String file) {
        return printed(loader.validate(List.of(RULES.resolve(file))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            book-developer-without-zh.json | `book-developer-without-zh.json:22:22: models[0].book.developer.zh: required field is missing (the developer cell as printed in Chinese)`
            book-figure-parameters-negative.json | `book-figure-parameters-negative.json:22:29: models[0].book.figureParameters: -1 is not positive (a whole number of parameters above 0, e.g. 175000000000)`
            figure14-1-lane-general.json | `figure14-1-lane-general.json:21:32: models[0].book.figure14_1.lane: unknown lane "general" (one of: vae, gan, autoregressive, flow, energy-diffusion, multimodal)`
            figure14-1-without-label.json | `figure14-1-without-label.json:21:23: models[0].book.figure14_1.label: required field is missing (the label as the figure prints it)`
            figure14-3-value-zero.json | `figure14-3-value-zero.json:21:55: models[0].book.figure14_3.value: 0 is not positive (the printed size in billions of parameters, above 0, e.g. 0.117 or 175)`
            figure14-3-value-string.json | `figure14-3-value-string.json:21:55: models[0].book.figure14_3.value: is a string, not a decimal number (the printed size in billions of parameters, above 0, e.g. 0.117 or 175)`
            figure-parameters-in-version-2.json | `figure-parameters-in-version-2.json:21:9: models[0].book.figureParameters: is a schemaVersion 1 field (schemaVersion 2 writes "figure14_3": {"date": ..., "value": ..., "label": ...} instead)`
            in-figure-in-version-2.json | `in-figure-in-version-2.json:16:7: models[0].inFigure: is a schemaVersion 1 field (schemaVersion 2 writes "book": {"figure14_1": {...}} instead)`
            book-name-without-en.json | `book-name-without-en.json:22:17: models[0].book.name.en: required field is missing (the name as the table prints it in English)`
            book-note-without-zh.json | `book-note-without-zh.json:22:17: models[0].book.note.zh: required field is missing (what differs and why in Chinese)`
            book-open-source-parameters-decimal.json | `book-open-source-parameters-decimal.json:22:33: models[0].book.openSourceParameters: 6.6 is not a whole number (a whole number of parameters above 0, e.g. 175000000000)`
            book-parameters-zero.json | `book-parameters-zero.json:22:23: models[0].book.parameters: 0 is not positive (a whole number of parameters above 0, e.g. 175000000000)`
            builds-on-cycle.json | `builds-on-cycle.json:64:9: models[2].buildsOn[0]: lineage goes round in a circle: gamma -> alpha -> beta -> gamma (a model cannot build, even indirectly, on itself)`
            builds-on-self.json | `builds-on-self.json:22:9: models[0].buildsOn[0]: "alpha" cannot build on itself (the ids of the models it builds on)`
            builds-on-unknown.json | `builds-on-unknown.json:40:9: models[1].buildsOn[0]: unknown model id "alpah" (did you mean "alpha"?)`
            date-outside-era.json | `date-outside-era.json:7:15: models[0].date: 2019-03 is outside the era "early" (2010-01-01 to 2015-12-31; give another era, or an eraNote saying why the book places it there)`
            day-30-february.json | `day-30-february.json:7:15: models[0].date: day 30 does not exist in 2021-02 (it has 28 days)`
            duplicate-field.json | `duplicate-field.json:4:3: models: field given twice, first at 3:3 (give each field once; the first is used)`
            duplicate-id.json | `duplicate-id.json:23:13: models[1].id: duplicate id "alpha", first used at 5:13 by models[0] (each id once)`
            empty-name.json | `empty-name.json:6:15: models[0].name: is empty (the name as the book writes it)`
            empty-summary.json | `empty-summary.json:19:15: models[0].summary.zh: is empty (one or two sentences in Chinese)`
            empty.json | `empty.json: the file is empty (a JSON object such as {"schemaVersion": 1, ...})`
            era-note-without-en.json | `era-note-without-en.json:21:18: models[0].eraNote.en: required field is missing (why the book places the model in this era in English)`
            eras-bad-colour.json | `eras-bad-colour.json:12:16: eras[0].color: "blue" is not a colour (#rrggbb, e.g. #e3f0fb)`
            eras-duplicate-id.json | `eras-duplicate-id.json:19:13: eras[1].id: duplicate era id "early", first at 5:13 (each id once)`
            eras-end-before-start.json | `eras-end-before-start.json:11:14: eras[0].end: ends 2014-12-31, before it starts 2015-01-01 (an end on or after the start)`
            eras-overlap.json | `eras-overlap.json:24:16: eras[1].start: era "late" (2015-06-01 to 2023-12-31) overlaps era "early" (2010-01-01 to 2015-12-31) (eras must not share a day)`
            id-not-slug.json | `id-not-slug.json:5:13: models[0].id: "Alpha 2" is not a valid id (lowercase letters and digits joined by single hyphens, e.g. gpt-3)`
            malformed-date.json | `malformed-date.json:7:15: models[0].date: "May 2020" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`
            missing-field.json | `missing-field.json:4:5: models[0].date: required field is missing (a date: YYYY, YYYY-MM or YYYY-MM-DD)`
            month-13.json | `month-13.json:7:15: models[0].date: month 13 does not exist (YYYY, YYYY-MM or YYYY-MM-DD)`
            neither-models-nor-eras.json | `neither-models-nor-eras.json:1:1: the file has neither "models" nor "eras" (a catalog file is {"schemaVersion": 1, "models": [...]} or {"schemaVersion": 1, "eras": [...]})`
            not-an-object.json | `not-an-object.json:1:1: is an array, not an object (a catalog file is {"schemaVersion": 1, "models": [...]} or {"schemaVersion": 1, "eras": [...]})`
            not-utf8.json | `not-utf8.json:3:25: the file is not valid UTF-8: byte 0xE9 cannot be read as text (save the file as UTF-8)`
            number-too-long.json | `number-too-long.json:3:29: models[0].parameters: a number of 150 characters, more than 100 (write sizes as plain whole numbers)`
            open-source-string.json | `open-source-string.json:15:21: models[0].openSource: is a string, not true or false (write true or false without quotes, or null when the source does not say)`
            open-source-note-string.json | `open-source-note-string.json:21:25: models[0].openSourceNote: is a string, not an object (a note on which weights are public in English and Chinese: {"en": ..., "zh": ...})`
            open-source-note-without-zh.json | `open-source-note-without-zh.json:21:25: models[0].openSourceNote.zh: required field is missing (a note on which weights are public in Chinese)`
            paper-not-https.json | `paper-not-https.json:23:16: models[0].paper.url: "http://example.org/alpha" is not an https address (https://...)`
            parameters-decimal.json | `parameters-decimal.json:14:21: models[0].parameters: 1.5 is not a whole number (a whole number of parameters above 0, e.g. 175000000000, or null when unknown)`
            parameters-negative.json | `parameters-negative.json:14:21: models[0].parameters: -5 is not positive (a whole number of parameters above 0, e.g. 175000000000, or null when unknown)`
            parameters-zero.json | `parameters-zero.json:14:21: models[0].parameters: 0 is not positive (a whole number of parameters above 0, e.g. 175000000000, or null when unknown)`
            schema-version.json | `schema-version.json:2:20: schemaVersion: version 3 is not supported (this app reads schemaVersion 1 and 2 for models, 1 for eras)`
            summary-without-zh.json | `summary-without-zh.json:17:18: models[0].summary.zh: required field is missing (one or two sentences in Chinese)`
            syntax-comment.json | `syntax-comment.json:3:3: comments are not allowed in JSON (remove them)`
            syntax-missing-comma.json | `syntax-missing-comma.json:4:20: expected ',' or '}' after a field, found '"' (fields are separated by commas)`
            syntax-trailing-comma.json | `syntax-trailing-comma.json:4:20: expected a field name in double quotes, found '}' (remove the comma before '}')`
            syntax-unclosed.json | `syntax-unclosed.json:5:1: the file ends inside the array opened at 3:13 (a ']' is missing)`
            table-row-duplicate.json | `table-row-duplicate.json:49:21: models[1].book.tableRow: row 1 of Table 14-1 is already taken by "alpha" at 25:21 (each row once per table)`
            table-row-without-tables.json | `table-row-without-tables.json:22:21: models[0].book.tableRow: the model is in no book table (add "tables": ["14-1"] or ["14-2"], or remove tableRow)`
            table-row-zero.json | `table-row-zero.json:25:21: models[0].book.tableRow: 0 is not positive (the model's row in its book table: 1, 2, 3, ...)`
            too-deep.json | `too-deep.json:1:95: values are nested more than 64 levels deep (a catalog needs about 5)`
            trailing-content.json | `trailing-content.json:2:1: there is more text after the end of the top-level object (a file holds exactly one JSON object)`
            unknown-era.json | `unknown-era.json:8:14: models[0].era: unknown era "erly" (did you mean "early"? one of: early, late)`
            unknown-family.json | `unknown-family.json:12:17: models[0].family: unknown family "diffusion" (one of: vae, gan, autoregressive, flow, energy-diffusion, multimodal, general, other)`
            unknown-field-close.json | `unknown-field-close.json:21:7: models[0].famliy: unknown field (did you mean "family"?)`
            unknown-field-far.json | `unknown-field-far.json:21:7: models[0].colour: unknown field (allowed: id, name, aliases, date, era, eraNote, developer, family, kind, parameters, openSource, openSourceNote, tables, inFigure, summary, paper, buildsOn, book, familyInferred)`
            unknown-kind.json | `unknown-kind.json:13:15: models[0].kind: unknown kind "picture" (one of: llm, text-to-image, image, image-to-image, text, code, music, audio, video, 3d, agent, architecture)`
            unknown-table.json | `unknown-table.json:22:9: models[0].tables[0]: unknown table "14-3" (did you mean "14-1"? one of: 14-1, 14-2)`
            utf16.json | `utf16.json: the file is UTF-16, not UTF-8 (save it as UTF-8)`
            wrong-type.json | `wrong-type.json:6:15: models[0].name: is a whole number, not a string (the name as the book writes it)`
            """)
    void eachRuleGivesItsExactMessage(String file, String expected) {
        assertThat(validate(file)).containsExactly(expected);
    }

    @Test
    void loadingGivesTheSameProblemsAsValidating() {
        LoadResult result = loader.load(RULES.resolve("month-13.json"));

        assertThat(result.isOk()).isFalse();
        assertThat(printed(result.problems())).containsExactly(
                "month-13.json:7:15: models[0].date: month 13 does not exist (YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    @Test
    void aFileWithSeveralProblemsReportsAllOfThemInFileOrder() {
        assertThat(validate("several-problems.json")).containsExactly(
                "several-problems.json:7:15: models[0].date: month 13 does not exist (YYYY, YYYY-MM or YYYY-MM-DD)",
                "several-problems.json:23:13: models[1].id: \"Beta\" is not a valid id"
                        + " (lowercase letters and digits joined by single hyphens, e.g. gpt-3)",
                "several-problems.json:30:17: models[1].family: unknown family \"diffusion\""
                        + " (one of: vae, gan, autoregressive, flow, energy-diffusion, multimodal, general, other)",
                "several-problems.json:32:21: models[1].parameters: 0 is not positive"
                        + " (a whole number of parameters above 0, e.g. 175000000000, or null when unknown)",
                "several-problems.json:58:9: models[2].buildsOn[0]: unknown model id \"nobody\""
                        + " (the id of a model in this catalog)",
                "several-problems.json:62:16: models[2].paper.url: \"ftp://example.org\" is not an https address"
                        + " (https://...)");
    }

    @Test
    void everyBadDateOfAnErasFileIsReported() {
        assertThat(validate("eras-bad-date.json")).containsExactly(
                "eras-bad-date.json:10:16: eras[0].start: day 30 does not exist in 2010-02 (it has 28 days)",
                "eras-bad-date.json:25:14: eras[1].end: \"2023\" is not a full date (YYYY-MM-DD)");
    }

    @Test
    void anEraNoteExplainsADateOutsideItsEra() {
        assertThat(validate("date-outside-era-with-note.json")).isEmpty();
    }

    @Test
    void aGoodErasFileHasNoProblem() {
        assertThat(validate("eras.json")).isEmpty();
    }

    @Test
    void everyFileGivenIsChecked() {
        List<Problem> problems = loader.validate(List.of(RULES.resolve("month-13.json"), RULES.resolve("eras.json"),
                RULES.resolve("eras-bad-colour.json")));

        assertThat(printed(problems)).containsExactly(
                "month-13.json:7:15: models[0].date: month 13 does not exist (YYYY, YYYY-MM or YYYY-MM-DD)",
                "eras-bad-colour.json:12:16: eras[0].color: \"blue\" is not a colour (#rrggbb, e.g. #e3f0fb)");
    }
}
