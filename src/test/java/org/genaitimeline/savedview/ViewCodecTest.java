package org.genaitimeline.savedview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.catalog.Provenance;
import org.genaitimeline.figure.GrowthOptions;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.figure.YearSpan;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViewCodecTest {

    private final ViewCodec codec = new ViewCodec(Messages.of(Language.EN));

    private static SavedView everythingSet() {
        ModelQuery q = ModelQuery.ALL.withEras(Set.of("big-models", "transformer"))
                .withFamilies(Set.of(Family.AUTOREGRESSIVE, Family.MULTIMODAL))
                .withKinds(Set.of(Kind.LLM)).withDevelopers(Set.of("OpenAI, Inc.", "Google"))
                .withOpen(ModelQuery.OpenFilter.OPEN).withYears(2018, 2023)
                .withParameters(1_000_000_000L, null, false).withTables(Set.of(BookTable.LLM))
                .withOrigins(Set.of(Provenance.Origin.BOOK)).withText("gpt 3");
        return new SavedView(SavedView.Tab.GROWTH, q, "gpt-3",
                new TimelineOptions(2019.25, 2023.5, Orientation.HORIZONTAL, true, true, true),
                new GrowthOptions(false, true, true, true), "14-2", Theme.PROJECTOR, Language.ZH);
    }

    @Test
    void aViewRoundTripsExactly() throws Exception {
        SavedView v = everythingSet();
        assertThat(codec.read("v.json", codec.write(v))).containsExactly(v);
    }

    @Test
    void aTimelineThatFitsItsDataIsWrittenWithoutARangeAndReadBackFitting() throws Exception {
        SavedView fitted = SavedView.initial(Language.EN).withTimeline(TimelineOptions.DEFAULT.withRange(2019, 2021)
                .fittedToData());
        String text = codec.write(fitted);
        assertThat(text).doesNotContain("\"from\"");
        assertThat(codec.read("v.json", text).get(0).timeline().fitsData()).isTrue();
        String ranged = "{\"schemaVersion\": 1, \"tab\": \"timeline\", \"timeline\": {\"from\": "
                + TimelineOptions.DEFAULT_START + ", \"to\": " + TimelineOptions.DEFAULT_END + "}}";
        assertThat(codec.read("v.json", ranged).get(0).timeline().fitsData())
                .as("a range in the file is shown as given, whatever its years").isFalse();
    }

    @Test
    void aTimelineRangeWithOneEndIsRefused() {
        String half = "{\"schemaVersion\": 1, \"tab\": \"timeline\", \"timeline\": {\"from\": 2020}}";
        assertThatThrownBy(() -> codec.read("v.json", half)).isInstanceOf(ViewFileException.class)
                .hasMessageContaining("to");
    }

    /** Every figure option and every filter away from its default, so none can be dropped unseen. */
    @Test
    void everyFigureOptionAndEveryFilterRoundTrips() throws Exception {
        TimelineOptions t = new TimelineOptions(2016.5, 2021.75, Orientation.HORIZONTAL, true, true, false);
        GrowthOptions g = new GrowthOptions(false, true, true, true).withYears(new YearSpan(2021, 2024))
                .withBookFigureOnly(true);
        ModelQuery q = ModelQuery.ALL.withEras(Set.of("gan-vae")).withFamilies(Set.of(Family.GAN))
                .withKinds(Set.of(Kind.TEXT_TO_IMAGE)).withDevelopers(Set.of("Stability AI"))
                .withOpen(ModelQuery.OpenFilter.CLOSED).withYears(2015, 2022)
                .withParameters(890_000_000L, 70_000_000_000L, false).withTables(Set.of(BookTable.TEXT_TO_IMAGE))
                .withOrigins(Set.of(Provenance.Origin.EPOCH)).withText("diffusion");
        assertAllDiffer(t, TimelineOptions.DEFAULT);
        assertAllDiffer(g, GrowthOptions.DEFAULT);
        assertAllDiffer(q, ModelQuery.ALL);
        SavedView v = SavedView.initial(Language.EN).withTimeline(t).withGrowth(g).withQuery(q);

        SavedView back = codec.read("v.json", codec.write(v)).get(0);

        assertThat(back.timeline()).isEqualTo(t);
        assertThat(back.growth()).isEqualTo(g);
        assertThat(back.query()).isEqualTo(q);
        assertThat(codec.write(v)).contains("\"orientation\" : \"horizontal\"");
    }

    private static void assertAllDiffer(Record value, Record fallback) throws Exception {
        for (var c : value.getClass().getRecordComponents()) {
            assertThat(c.getAccessor().invoke(value)).as(c.getName())
                    .isNotEqualTo(c.getAccessor().invoke(fallback));
        }
    }

    /** A file as this codec wrote it before the timeline's lineage switch was kept in views. */
    @Test
    void aSchemaVersion1FileOfTheEarlierFormatStillOpens() throws Exception {
        Path file = Path.of(ViewCodecTest.class.getResource("view-schema1.json").toURI());

        assertThat(codec.read(file)).containsExactly(everythingSet());
    }

    @Test
    void theInitialViewRoundTrips() throws Exception {
        SavedView v = SavedView.initial(Language.EN);
        assertThat(codec.read("v.json", codec.write(v))).containsExactly(v);
    }

    @Test
    void aDeckRoundTripsInOrder() throws Exception {
        List<SavedView> deck = List.of(SavedView.initial(Language.EN), everythingSet(),
                SavedView.initial(Language.EN).withTab(SavedView.Tab.TABLES));
        assertThat(codec.read("deck.json", codec.writeDeck(deck))).containsExactlyElementsOf(deck);
    }

    @Test
    void aShortHandWrittenViewTakesTheDefaults() throws Exception {
        SavedView v = codec.read("v.json", "{\"schemaVersion\": 1, \"tab\": \"growth\"}").get(0);
        assertThat(v.tab()).isEqualTo(SavedView.Tab.GROWTH);
        assertThat(v.query()).isEqualTo(ModelQuery.ALL);
        assertThat(v.timeline()).isEqualTo(TimelineOptions.DEFAULT);
        assertThat(v.language()).isEqualTo(Language.EN);
    }

    @Test
    void readsFromAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("talk.json");
        Files.writeString(f, codec.write(everythingSet()));
        assertThat(codec.read(f)).containsExactly(everythingSet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text | expected message
        "{\"schemaVersion\": 1,\\n  \"tab\": \"charts\"}|v.json:2:10: \"tab\" cannot be \"charts\" (allowed: timeline, growth, tables, lineage)",
        "{\"schemaVersion\": 2}|v.json:1:19: schemaVersion must be 1, not 2",
        "{\"tab\": \"growth\"}|v.json:1:1: \"schemaVersion\" is missing",
        "{\"schemaVersion\": 1,\\n\"timeline\": {\"from\": \"2019\"}}|v.json:2:22: \"from\" must be a number",
        "{\"schemaVersion\": 1,\\n\"filters\": {\"families\": [\"gan\", \"rnn\"]}}|v.json:2:33: \"families\" cannot be \"rnn\" (allowed: vae, gan, autoregressive, flow, energy-diffusion, multimodal, general, other)",
        "{\"schemaVersion\": 1, \"zoom\": 3}|v.json:1:22: unknown field \"zoom\" (allowed: schemaVersion, tab, language, theme, selection, filters, timeline, growth, lineage, table)",
        "{\"schemaVersion\": 1, \"deck\": []}|v.json:1:30: the deck has no views",
        "{\"schemaVersion\": 1, \"deck\": [{\"tab\": \"growth\"}, {\"theme\": \"neon\"}]}|v.json:1:60: \"theme\" cannot be \"neon\" (allowed: light, dark, projector, book)",
        "{\"schemaVersion\": 1, \"timeline\": {\"from\": 2023, \"to\": 2019}}|v.json:1:55: the timeline range must end after it starts (2023.0 to 2019.0)",
        "{\"schemaVersion\": 1, \"growth\": {\"from\": 2023, \"to\": 2019}}|v.json:1:53: the growth chart's years must end after they start (2023.0 to 2019.0)",
        "{\"schemaVersion\": 1, \"growth\": {\"from\": 2021}}|v.json:1:32: \"to\" is missing",
        "{\"schemaVersion\": 1, \"timeline\": {\"from\": 2020, \"to\": 3e9}}|v.json:1:55: \"to\" must be a year from 1900 to 2200",
        "{\"schemaVersion\": 1, \"growth\": {\"from\": -1e300, \"to\": 2020}}|v.json:1:41: \"from\" must be a year from 1900 to 2200",
        "[1, 2]|v.json:1:1: a JSON object was expected here"})
    void badFilesSayWhereAndWhat(String text, String message) {
        assertThatThrownBy(() -> codec.read("v.json", text.replace("\\n", "\n")))
                .isInstanceOf(ViewFileException.class).hasMessage(message);
    }

    @Test
    void sizesMayBeWrittenAsOnTheCommandLine() throws Exception {
        SavedView v = codec.read("v.json",
                "{\"schemaVersion\": 1, \"filters\": {\"minParameters\": \"890M\", \"maxParameters\": \"70B\"}}").get(0);

        assertThat(v.query().minParameters()).isEqualTo(890_000_000L);
        assertThat(v.query().maxParameters()).isEqualTo(70_000_000_000L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"schemaVersion\": 1, \"filters\": {\"fromYear\": 0}}|v.json:1:46: \"fromYear\" cannot be \"0\" (allowed: a year such as 2020)",
        "{\"schemaVersion\": 1, \"filters\": {\"maxParameters\": \"big\"}}|v.json:1:51: \"maxParameters\" cannot be \"big\" (allowed: a positive size such as 70B, 890M or 1.5e9)"})
    void yearsAndSizesAreCheckedAsOnTheCommandLine(String text, String message) {
        assertThatThrownBy(() -> codec.read("v.json", text)).isInstanceOf(ViewFileException.class)
                .hasMessage(message);
    }

    @Test
    void aFiltersObjectReadsOnItsOwn() throws Exception {
        assertThat(codec.readFilters("--query", "{\"eras\": [\"big-models\"], \"text\": \"gpt\"}"))
                .isEqualTo(ModelQuery.ALL.withEras(Set.of("big-models")).withText("gpt"));
    }

    @Test
    void aSyntaxErrorNamesLineAndColumn() {
        assertThatThrownBy(() -> codec.read("v.json", "{\"schemaVersion\": 1,\n  \"tab\": }"))
                .isInstanceOf(ViewFileException.class)
                .hasMessageStartingWith("v.json:2:10: not valid JSON: ")
                .satisfies(e -> assertThat(((ViewFileException) e).line()).isEqualTo(2));
    }

    @Test
    void anEmptyFileIsSaidSo() {
        assertThatThrownBy(() -> codec.read("v.json", "  ")).hasMessage(
                "v.json: the file is empty (a view starts with schemaVersion 1 and a tab)");
    }

    @Test
    void messagesFollowTheLanguage() {
        ViewCodec zh = new ViewCodec(Messages.of(Language.ZH));
        assertThatThrownBy(() -> zh.read("v.json", "{\"schemaVersion\": 1, \"tab\": \"x\"}"))
                .hasMessageContaining("“tab”不能是“x”");
    }

    @Test
    void aMissingFileIsAMessageNotACrash(@TempDir Path dir) {
        assertThatThrownBy(() -> codec.read(dir.resolve("nope.json"))).isInstanceOf(ViewFileException.class)
                .hasMessage("nope.json: there is no file at this path (check the name and the folder)");
    }
}
