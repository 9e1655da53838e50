package org.genaitimeline.catalog;

import java.util.Optional;

/** What a model generates or does. */
public enum Kind {
    LLM("llm"),
    TEXT_TO_IMAGE("text-to-image"),
    IMAGE("image"),
    IMAGE_TO_IMAGE("image-to-image"),
    TEXT("text"),
    CODE("code"),
    MUSIC("music"),
    AUDIO("audio"),
    VIDEO("video"),
    THREE_D("3d"),
    AGENT("agent"),
    ARCHITECTURE("architecture");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    /** The id used in the JSON catalog and in message keys ({@code kind.llm}). */
    public String id() {
        return id;
    }

    private static final Kind[] VALUES = values();

    public static Optional<Kind> fromId(String id) {
        for (Kind k : VALUES) { // a loop, not a stream: read once per model of a large catalog
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
