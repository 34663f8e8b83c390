/** The one entry point that reads a file into a catalog: extract → mapping → normalize; and the JVM warm-up. May import: the stages below. */
package org.gkml.pipeline;
