package org.genaitimeline.export;

import org.genaitimeline.about.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints: the app's name and the build's version, then its home page. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        BuildInfo build = BuildInfo.current();
        return new String[] {build.nameAndVersion(), build.url()};
    }
}
