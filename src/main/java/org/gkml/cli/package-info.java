/** The command line (picocli): parses options, runs a stage, prints results, maps outcomes to exit codes. The top floor. */
package org.gkml.cli;
