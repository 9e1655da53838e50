package org.genaitimeline.importer;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.PartialDate;

/**
 * What an imported model generates or does, from Epoch's {@code Domain} (and {@code Task}
 * where an export has it). A model often has several domains; the first rule that fits wins:
 *
 * <ol>
 *   <li>Multimodal together with Language: {@link Kind#LLM} (GPT-4o, Flamingo, GPT-4, whose
 *       domains also list vision, video or image generation)</li>
 *   <li>an image-to-image task: {@link Kind#IMAGE_TO_IMAGE}; an image-generation task on a row
 *       that is neither Language nor Multimodal and has no text-to-image task: {@link Kind#IMAGE}
 *       (a GAN: Epoch's Task says it makes images, nothing says from text)</li>
 *   <li>Image generation, or a text-to-image task: {@link Kind#TEXT_TO_IMAGE}</li>
 *   <li>Video: {@link Kind#VIDEO}</li>
 *   <li>Games, Robotics, Driving: {@link Kind#AGENT}</li>
 *   <li>Audio, Speech: {@link Kind#AUDIO}, or {@link Kind#MUSIC} for a music task</li>
 *   <li>3D modeling: {@link Kind#THREE_D}</li>
 *   <li>a code task: {@link Kind#CODE}</li>
 *   <li>Language: {@link Kind#LLM} when large (at least {@value #LLM_PARAMETERS} parameters,
 *       or size unknown and from {@value #LLM_UNKNOWN_SIZE_FROM} on, when labs stopped
 *       publishing sizes), else {@link Kind#TEXT} (a 2016 21M-parameter LSTM is no LLM)</li>
 *   <li>Vision: {@link Kind#IMAGE}</li>
 *   <li>anything else (Biology, Recommendation, Other, none): {@link Kind#TEXT}</li>
 * </ol>
 */
final class EpochKinds {

    static final long LLM_PARAMETERS = 1_000_000_000L;
    static final int LLM_UNKNOWN_SIZE_FROM = 2022;

    private EpochKinds() {
    }

    static Kind kindOf(EpochRow row) {
        return kindOf(row.domains(), row.tasks(), row.parameters(), row.date());
    }

    static Kind kindOf(List<String> domains, List<String> tasks, OptionalLong parameters, PartialDate date) {
        Predicate<String> domain = d -> domains.stream().anyMatch(x -> x.equalsIgnoreCase(d));
        Predicate<String> task = t -> tasks.stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(t));
        if (domain.test("Multimodal") && domain.test("Language")) {
            return Kind.LLM;
        }
        if (task.test("image-to-image")) {
            return Kind.IMAGE_TO_IMAGE;
        }
        if (task.test("image generation") && !task.test("text-to-image")
                && !domain.test("Language") && !domain.test("Multimodal")) {
            return Kind.IMAGE; // Epoch's own Task says images, and nothing says from text (a GAN)
        }
        if (domain.test("Image generation") || task.test("text-to-image")) {
            return Kind.TEXT_TO_IMAGE;
        }
        if (domain.test("Video")) {
            return Kind.VIDEO;
        }
        if (domain.test("Games") || domain.test("Robotics") || domain.test("Driving")) {
            return Kind.AGENT;
        }
        if (domain.test("Audio") || domain.test("Speech")) {
            return task.test("music") ? Kind.MUSIC : Kind.AUDIO;
        }
        if (domain.test("3D modeling")) {
            return Kind.THREE_D;
        }
        if (task.test("code")) {
            return Kind.CODE;
        }
        if (domain.test("Language")) {
            boolean large = parameters.isPresent()
                    ? parameters.getAsLong() >= LLM_PARAMETERS
                    : date.year() >= LLM_UNKNOWN_SIZE_FROM;
            return large ? Kind.LLM : Kind.TEXT;
        }
        if (domain.test("Vision")) {
            return Kind.IMAGE;
        }
        return Kind.TEXT;
    }
}
