/** JMH benchmarks (the {@code bench} Maven profile; never part of {@code mvn verify}). */
package org.genaitimeline.bench;
