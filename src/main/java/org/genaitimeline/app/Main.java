package org.genaitimeline.app;

/**
 * The jar's entry point. It is not an {@code Application} subclass on purpose: a shaded,
 * non-modular jar whose main class extends {@code Application} refuses to start
 * ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(GenAiTimelineApp.class, args);
    }
}
