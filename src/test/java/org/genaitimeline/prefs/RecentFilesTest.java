package org.genaitimeline.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.prefs.Preferences;
import org.genaitimeline.prefs.RecentFiles.Entry;
import org.genaitimeline.prefs.RecentFiles.Kind;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    private static Entry catalog(String p) {
        return new Entry(Kind.CATALOG, Path.of(p));
    }

    private static Entry view(String p) {
        return new Entry(Kind.VIEW, Path.of(p));
    }

    @Test
    void theFileOpenedLastComesFirst() {
        List<Entry> list = RecentFiles.opened(List.of(), catalog("/a/models.json"));
        list = RecentFiles.opened(list, view("/a/lecture.json"));
        assertThat(list).containsExactly(view("/a/lecture.json"), catalog("/a/models.json"));
    }

    @Test
    void aFileOpenedAgainMovesUpInsteadOfAppearingTwice() {
        List<Entry> list = List.of(catalog("/a/one.json"), catalog("/a/two.json"), view("/a/v.json"));
        List<Entry> next = RecentFiles.opened(list, catalog("/a/sub/../two.json"));
        assertThat(next).containsExactly(catalog("/a/two.json"), catalog("/a/one.json"), view("/a/v.json"));
        // The same file opened as the other kind replaces its entry: one file, one line.
        assertThat(RecentFiles.opened(next, view("/a/one.json")))
                .containsExactly(view("/a/one.json"), catalog("/a/two.json"), view("/a/v.json"));
    }

    @Test
    void theListKeepsTenAndDropsTheOldest() {
        List<Entry> list = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            list = new ArrayList<>(RecentFiles.opened(list, catalog("/c/" + i + ".json")));
        }
        assertThat(list).hasSize(RecentFiles.CAP);
        assertThat(list.get(0)).isEqualTo(catalog("/c/11.json"));
        assertThat(list.get(9)).isEqualTo(catalog("/c/2.json"));
        assertThat(RecentFiles.decode(RecentFiles.encode(list)).size()).isEqualTo(10);
    }

    @Test
    void missingFilesAreMarkedAndCanBeRemoved() {
        List<Entry> list = List.of(catalog("/here.json"), view("/gone.json"), view("/also-here.json"));
        Set<Path> present = Set.of(Path.of("/here.json"), Path.of("/also-here.json"));
        assertThat(RecentFiles.shown(list, present::contains)).extracting(RecentFiles.Shown::present)
                .containsExactly(true, false, true);
        assertThat(RecentFiles.withoutMissing(list, present::contains))
                .containsExactly(catalog("/here.json"), view("/also-here.json"));
    }

    @Test
    void theListSurvivesThePreferencesAndADamagedLineCostsOnlyItself() throws Exception {
        Preferences node = Preferences.userRoot().node("/org/genaitimeline/test-recent");
        try {
            PreferenceStore store = new PreferenceStore(node);
            List<Entry> list = List.of(view("/v/deck.json"), catalog("/c/models.json"));
            store.setRecent(list);
            assertThat(new PreferenceStore(node).recent()).isEqualTo(list);
            assertThat(RecentFiles.decode("catalog\t/x.json\nnonsense\nalien\t/y\nview\t/z.json\n"))
                    .containsExactly(catalog("/x.json"), view("/z.json"));
        } finally {
            node.removeNode();
        }
    }
}
