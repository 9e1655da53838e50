package org.genaitimeline.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.prefs.Preferences;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.savedview.SavedView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The last session's Lineage tab and options come back at the next start. */
class LineagePreferencesTest {

    private final Preferences node = Preferences.userRoot().node("/org/genaitimeline/test/lineage-prefs-"
            + System.nanoTime());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void theLineageTabAndItsOptionsSurviveARestart() {
        LineageOptions o = new LineageOptions(LineageOptions.ALL, LineageOptions.Direction.DESCENDANTS,
                Optional.of("chatgpt"));
        SavedView session = SavedView.initial(Language.EN).withTab(SavedView.Tab.LINEAGE).withLineage(o);
        new PreferenceStore(node).setSession(session);

        SavedView next = new PreferenceStore(node).session(Language.ZH);

        assertThat(next.tab()).isEqualTo(SavedView.Tab.LINEAGE);
        assertThat(next.lineage()).isEqualTo(o);
    }
}
