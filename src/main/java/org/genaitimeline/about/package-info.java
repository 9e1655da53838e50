/**
 * What the app says about itself: its name, version and home page from the build, and the
 * libraries it bundles with their licences (for {@code --version} and Help > About). Pure
 * Java, below the command line and the window alike.
 */
package org.genaitimeline.about;
