package org.genaitimeline.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.genaitimeline.i18n.Language;

/**
 * One model, system or technique of the catalog: an immutable record of the JSON schema
 * (docs/catalog-format.md). Lists are copied; absent values are explicit optionals.
 */
public record Model(
        String id,
        String name,
        List<String> aliases,
        PartialDate date,
        String era,
        Optional<Localized> eraNote,
        List<String> developer,
        Family family,
        Kind kind,
        OptionalLong parameters,
        Optional<Boolean> openSource,
        Optional<Localized> openSourceNote,
        List<BookTable> tables,
        Localized summary,
        Optional<Paper> paper,
        List<String> buildsOn,
        BookValues book,
        Provenance provenance) {

    public Model {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(era, "era");
        Objects.requireNonNull(eraNote, "eraNote");
        developer = List.copyOf(developer);
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(openSource, "openSource");
        Objects.requireNonNull(openSourceNote, "openSourceNote");
        tables = List.copyOf(tables);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(paper, "paper");
        buildsOn = List.copyOf(buildsOn);
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The date as the book prints it (its own where it differs, else the source's). */
    public PartialDate printedDate() {
        return book.date().orElse(date);
    }

    /** The size as the book prints it in its tables and text. */
    public OptionalLong printedParameters() {
        return book.parameters().isPresent() ? book.parameters() : parameters;
    }

    /** The note on which weights are open (sizes, licence, what is missing), in the given language. */
    public Optional<String> openSourceNote(Language language) {
        return openSourceNote.map(n -> n.get(language));
    }

    /** The "Open source" cell as the book prints it; empty when not stated. */
    public Optional<Boolean> printedOpenSource() {
        return book.openSource().isPresent() ? book.openSource() : openSource;
    }

    /** Whether the weights are known to be open (false when closed or not stated). */
    public boolean isOpen() {
        return openSource.orElse(false);
    }

    /** Whether the weights are known to be closed (false when open or not stated). */
    public boolean isClosed() {
        return !openSource.orElse(true);
    }

    /** Whether the book's printed Figure 14-1 draws the model ({@code book.figure14_1}). */
    public boolean inFigure() {
        return book.figure14x1().isPresent();
    }

    /**
     * The model as the printed Figure 14-1 draws it: in the print's column, at the print's
     * date, under the print's label (GPT-2 at 14 February 2019 in the Autoregressive column,
     * GPT-4 in the Multimodal one, "Transformers"); empty when the print does not draw it.
     * The timeline lays the copy out like any model, so that book figure mode needs no rules
     * of its own; the id stays, and a selection goes back to the catalog's model by it.
     */
    public Optional<Model> asDrawnInFigure14x1() {
        return book.figure14x1().map(e -> new Model(id, e.label(), aliases, e.date(), era, eraNote, developer,
                e.lane(), kind, parameters, openSource, openSourceNote, tables, summary, paper, buildsOn,
                book.withoutDate(), provenance));
    }

    /**
     * Whether the printed Figure 14-3 plots a size no source gives for the model (GLIDE's 5B,
     * Imagen's 4.6B): such a value is shown only in book figure mode, marked †.
     */
    public boolean figureSizeIsTheBooksOwn() {
        return book.figure14x3().map(p -> parameters.isEmpty() || parameters.getAsLong() != p.parameters())
                .orElse(false);
    }

    /** The name as a book table prints it in the given language. */
    public String printedName(Language language) {
        return book.name().map(n -> n.get(language)).orElse(name);
    }

    /**
     * The name every view shows in a language, so that a model has one name per language:
     * the book's translation where the Chinese edition translates it (Stable Diffusion is
     * 稳定扩散 on the timeline, the growth chart, the tables and the detail pane alike), else
     * the name. English keeps the name: a book table's own spelling (DALL.E 2) stays in the
     * table, as printed.
     */
    public String name(Language language) {
        return language == Language.ZH ? book.name().map(n -> n.zh()).orElse(name) : name;
    }

    /** The developer cell as a book table prints it, else the organisations joined. */
    public String printedDeveloper(Language language) {
        return book.developer().map(d -> d.get(language)).orElse(String.join(", ", developer));
    }

    public boolean inTable(BookTable table) {
        return tables.contains(table);
    }

    /** Whether the name or an alias equals the text, ignoring case. */
    public boolean isNamed(String text) {
        return name.equalsIgnoreCase(text) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(text));
    }
}
