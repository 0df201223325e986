/** The command line: one class per command, all under {@code sitrep}. */
package org.sitrep.cli;
