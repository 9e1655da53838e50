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
        boolean inFigure,
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

    /** The size Figure 14-3 plots: the figure data's where it has one, else the source's. */
    public OptionalLong figureParameters() {
        return book.figureParameters().isPresent() ? book.figureParameters() : parameters;
    }

    /** The name as a book table prints it in the given language. */
    public String printedName(Language language) {
        return book.name().map(n -> n.get(language)).orElse(name);
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
