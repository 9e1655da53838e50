package org.genaitimeline.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelFormat;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * What the book prints and what the primary sources say, for the values where they differ
 * (date, size, open weights, the size Figure 14-3 prints). Pure: the detail pane only lays the lines out.
 *
 * @param book the book's values, formatted
 * @param sources the sources' values for the same fields, formatted
 */
public record BookDifference(List<String> book, List<String> sources) {

    /** The differences of a model; empty lists when the book agrees with the sources. */
    public static BookDifference of(Model m, Language language) {
        List<String> book = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        m.book().date().ifPresent(d -> {
            book.add(ModelFormat.longDate(d, language));
            sources.add(ModelFormat.longDate(m.date(), language));
        });
        OptionalLong size = m.book().parameters();
        if (size.isPresent()) {
            book.add(ModelFormat.parameters(size, language));
            sources.add(ModelFormat.parameters(m.parameters(), language));
        }
        m.book().openSource().ifPresent(open -> {
            book.add(ModelFormat.openSource(open, m.book().openSourceParameters(), language));
            sources.add(ModelFormat.openSource(m.openSource(), OptionalLong.empty(), language));
        });
        // A size only the printed Figure 14-3 gives (GLIDE's 5B), shown in book figure mode with a †.
        m.book().figure14x3().filter(p -> m.figureSizeIsTheBooksOwn()).ifPresent(p -> {
            book.add(Messages.of(language).get("detail.book.figure14x3",
                    ModelFormat.parameters(OptionalLong.of(p.parameters()), language)));
            sources.add(ModelFormat.parameters(m.parameters(), language));
        });
        return new BookDifference(book, sources);
    }

    public boolean isEmpty() {
        return book.isEmpty();
    }
}
