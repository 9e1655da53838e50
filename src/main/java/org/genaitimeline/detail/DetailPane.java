package org.genaitimeline.detail;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelFormat;
import org.genaitimeline.catalog.Provenance;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.state.AppState;
import org.genaitimeline.state.LinkOpener;

/**
 * The selected model: name, type chip, facts, summary, paper link, lineage links that
 * select the model they name, and the book-versus-sources box. Shows an empty state when
 * nothing is selected. Its nodes are made once; a new selection or language only refills
 * them (the lineage links excepted: they are as many as the model has).
 *
 * <p>The window gives the pane no width while nothing is selected, unless its pin is on
 * ({@link #pinnedProperty()}), for readers who want it to stay where it is.
 */
public final class DetailPane extends StackPane {

    private final AppState state;
    private final LinkOpener links;
    private final Label empty = new Label();
    private final ToggleButton pin = new ToggleButton();
    private final Label name = new Label();
    private final Label chip = new Label();
    private final Label summary = new Label();
    private final Hyperlink paper = new Hyperlink();
    private final Label paperNone = new Label();
    private final FlowPane buildsOn = new FlowPane();
    private final FlowPane ledTo = new FlowPane();
    private final Label bookTitle = new Label();
    private final Label bookSays = new Label();
    private final Label sourcesSay = new Label();
    private final Label bookNote = new Label();
    private final VBox bookBox = new VBox(bookTitle, bookSays, sourcesSay, bookNote);
    private final GridPane facts = new GridPane();
    private final List<Label> factKeys = new ArrayList<>();
    private final List<Label> factValues = new ArrayList<>();
    private final ScrollPane content;
    private final Label eraName = new Label();
    private final Label eraSpan = new Label();
    private final Label eraSummary = new Label();
    /** An era's card, shown in the model's place when an era band or the era facet was picked. */
    private final VBox eraCard = new VBox(eraName, eraSpan, eraSummary);
    private final List<Subscription> subscriptions = new ArrayList<>();

    private static final String[] FACTS = {"detail.date", "detail.developer", "detail.kind", "detail.parameters",
        "detail.openWeights", "detail.era", "detail.source", "detail.paper", "detail.buildsOn", "detail.ledTo"};

    public DetailPane(AppState state, LinkOpener links) {
        this.state = state;
        this.links = links;
        getStyleClass().add("detail-pane");
        empty.getStyleClass().add("detail-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(state.text("detail.empty"));
        name.getStyleClass().add("detail-name");
        name.setId("detail-name");
        name.setWrapText(true);
        chip.getStyleClass().add("type-chip");
        chip.setId("detail-type");
        summary.getStyleClass().add("detail-summary");
        summary.setId("detail-summary");
        summary.setWrapText(true);
        paper.setId("detail-paper");
        paper.setWrapText(true);
        paper.setOnAction(e -> {
            Model m = state.getSelectedModel();
            if (m != null) {
                m.paper().ifPresent(p -> links.open(p.url()));
            }
            paper.setVisited(false);
        });
        buildsOn.setId("detail-builds-on");
        ledTo.setId("detail-led-to");
        buildsOn.getStyleClass().add("lineage");
        ledTo.getStyleClass().add("lineage");
        bookBox.getStyleClass().add("book-box");
        bookBox.setId("detail-book");
        bookTitle.getStyleClass().add("book-box-title");
        for (Label l : List.of(bookSays, sourcesSay, bookNote)) {
            l.setWrapText(true);
        }
        bookNote.getStyleClass().add("book-note");

        facts.getStyleClass().add("detail-facts");
        ColumnConstraints keyCol = new ColumnConstraints();
        keyCol.setHalignment(HPos.LEFT);
        ColumnConstraints valueCol = new ColumnConstraints();
        valueCol.setHgrow(Priority.ALWAYS);
        valueCol.setFillWidth(true);
        facts.getColumnConstraints().addAll(keyCol, valueCol);
        for (int i = 0; i < FACTS.length; i++) {
            Label key = new Label();
            key.getStyleClass().add("fact-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            key.textProperty().bind(state.text(FACTS[i]));
            factKeys.add(key);
            Node value;
            if (FACTS[i].equals("detail.paper")) {
                value = new VBox(paper, paperNone);
            } else if (FACTS[i].equals("detail.buildsOn")) {
                value = buildsOn;
            } else if (FACTS[i].equals("detail.ledTo")) {
                value = ledTo;
            } else {
                Label v = new Label();
                v.getStyleClass().add("fact-value");
                v.setWrapText(true);
                v.setId("detail-" + FACTS[i].substring("detail.".length()));
                factValues.add(v);
                value = v;
            }
            facts.addRow(i, key, value);
        }
        VBox body = new VBox(name, chip, facts, summary, bookBox);
        body.getStyleClass().add("detail-body");
        content = new ScrollPane(body);
        content.setFitToWidth(true);
        content.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pin.setId("detail-pin");
        pin.getStyleClass().add("detail-pin");
        pin.textProperty().bind(state.text("detail.pin"));
        Tooltip pinTip = new Tooltip();
        pinTip.textProperty().bind(state.text("detail.pin.tooltip"));
        pin.setTooltip(pinTip);
        StackPane.setAlignment(pin, Pos.TOP_RIGHT);
        StackPane.setMargin(pin, new javafx.geometry.Insets(6));
        eraCard.getStyleClass().addAll("detail-body", "era-card");
        eraCard.setId("detail-era-card");
        eraName.getStyleClass().add("detail-name");
        eraName.setId("detail-era-name");
        eraSpan.setId("detail-era-span");
        eraSummary.getStyleClass().add("detail-summary");
        eraSummary.setId("detail-era-summary");
        for (Label l : List.of(eraName, eraSpan, eraSummary)) {
            l.setWrapText(true);
        }
        StackPane.setAlignment(eraCard, Pos.TOP_LEFT);
        getChildren().addAll(empty, content, eraCard, pin);

        subscriptions.add(state.selectedModelProperty().subscribe(m -> refresh()));
        subscriptions.add(state.shownEraProperty().subscribe(e -> refresh()));
        subscriptions.add(state.languageProperty().subscribe((Language l) -> refresh()));
        subscriptions.add(state.catalogProperty().subscribe((Catalog c) -> refresh()));
    }

    /**
     * Start-up: keeps the pane's nodes out of the scene until {@code wanted} first turns
     * true (the window opens the pane then), so the first frame does not style and lay out
     * a pane that has no width. Call before the pane is shown.
     */
    public void keepNodesOutUntil(javafx.beans.value.ObservableBooleanValue wanted) {
        if (wanted.get()) {
            return;
        }
        List<Node> nodes = List.copyOf(getChildren());
        getChildren().clear();
        wanted.addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (is) {
                    o.removeListener(this);
                    getChildren().setAll(nodes);
                }
            }
        });
    }

    /** Whether the pane keeps its width while nothing is selected (the pin in its corner). */
    public BooleanProperty pinnedProperty() {
        return pin.selectedProperty();
    }

    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
    }

    private void refresh() {
        Model m = state.getSelectedModel();
        boolean era = m == null && state.getShownEra() != null;
        empty.setVisible(m == null && !era);
        content.setVisible(m != null);
        eraCard.setVisible(era);
        if (era) {
            EraSummary s = EraSummary.of(state.getShownEra(), state.getCatalog().models(), state.getLanguage());
            eraName.setText(s.name());
            eraSpan.setText(s.span());
            eraSummary.setText(s.summary());
        }
        if (m == null) {
            return;
        }
        Language lang = state.getLanguage();
        Messages msg = state.messages();
        Catalog catalog = state.getCatalog();
        name.setText(m.name(lang));
        chip.setText(msg.get("family." + m.family().id()));
        chip.getStyleClass().removeIf(c -> c.startsWith("family-"));
        chip.getStyleClass().add("family-" + m.family().id());
        String open = openWeights(m, lang);
        String[] values = {
            ModelFormat.longDate(m.date(), lang),
            String.join(", ", m.developer()),
            msg.get("kind." + m.kind().id()),
            ModelFormat.parameters(m.parameters(), lang),
            open,
            catalog.era(m.era()).map(e -> e.name().get(lang)).orElse(m.era())
                    + m.eraNote().map(n -> " · " + n.get(lang)).orElse(""),
            source(m.provenance(), msg),
        };
        for (int i = 0; i < values.length; i++) {
            factValues.get(i).setText(values[i]);
        }
        summary.setText(m.summary().get(lang));
        paper.setText(m.paper().map(p -> p.title()).orElse(""));
        boolean web = m.paper().map(p -> LinkOpener.isWebLink(p.url())).orElse(false);
        paper.setVisible(web);
        paper.setManaged(web);
        paperNone.setText(m.paper().isPresent() && !web ? m.paper().get().title() : msg.get("detail.none"));
        paperNone.setVisible(!web);
        paperNone.setManaged(!web);
        m.paper().ifPresent(p -> paper.setAccessibleHelp(p.url()));
        fillLinks(buildsOn, catalog.buildsOn(m), msg);
        fillLinks(ledTo, catalog.ledTo(m), msg);

        BookDifference diff = BookDifference.of(m, lang);
        // Every book note shows, also where no value differs (MUSE, Codex, DALL.E 2): then the box
        // is the note alone, under a title that does not claim a difference.
        boolean show = !diff.isEmpty() || m.book().note().isPresent();
        bookBox.setVisible(show);
        bookBox.setManaged(show);
        bookTitle.setText(msg.get(diff.isEmpty() ? "detail.book.noteTitle" : "detail.book.title"));
        bookSays.setManaged(!diff.isEmpty());
        bookSays.setVisible(!diff.isEmpty());
        sourcesSay.setManaged(!diff.isEmpty());
        sourcesSay.setVisible(!diff.isEmpty());
        bookSays.setText(msg.get("detail.book.says", String.join(" · ", diff.book())));
        sourcesSay.setText(msg.get("detail.book.sources", String.join(" · ", diff.sources())));
        bookNote.setText(m.book().note().map(n -> n.get(lang)).orElse(""));
        bookNote.setManaged(m.book().note().isPresent());
        content.setVvalue(0);
    }

    /**
     * Open weights as Yes/No with the note; "Unknown" where the source does not say (an Epoch
     * row with an empty accessibility cell), so "not stated" never reads as "closed".
     */
    private static String openWeights(Model m, Language lang) {
        return ModelFormat.openSource(m.openSource(), java.util.OptionalLong.empty(), lang)
                + m.openSourceNote(lang).map(n -> " · " + n).orElse("");
    }

    /**
     * Where the record came from: the book's catalog, an Epoch AI file and line (CC BY 4.0), a
     * user file; and, where the source named no type, that the type shown is inferred.
     */
    private static String source(Provenance p, Messages msg) {
        String line = Integer.toString(p.line()); // a string: MessageFormat would print 1,234
        String where = switch (p.origin()) {
            case BOOK -> msg.get("detail.source.book", p.file());
            case EPOCH -> msg.get("detail.source.epoch", p.file(), line);
            case USER -> msg.get("detail.source.user", p.file(), line);
        };
        return where + p.familyInference().map(f -> " · " + (f.columns().isEmpty()
                ? msg.get("detail.source.familyUnplaced")
                : msg.get("detail.source.familyInferred", String.join(" / ", f.columns()), f.rule()))).orElse("");
    }

    private void fillLinks(FlowPane pane, List<Model> models, Messages msg) {
        pane.getChildren().clear();
        if (models.isEmpty()) {
            pane.getChildren().add(new Label(msg.get("detail.none")));
            return;
        }
        for (Model target : models) {
            Hyperlink link = new Hyperlink(target.name(state.getLanguage()));
            link.getStyleClass().add("lineage-link");
            link.setUserData(target.id());
            link.setOnAction(e -> state.select(target.id()));
            pane.getChildren().add(link);
        }
    }
}
