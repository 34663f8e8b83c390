/**
 * Nightly batch ingest of folders: which files changed, reading each under a guard, the index and records file
 * committed together or not at all, the lock, the run report and log. May import: the stages below, never the CLI.
 */
package org.gkml.ingest;
