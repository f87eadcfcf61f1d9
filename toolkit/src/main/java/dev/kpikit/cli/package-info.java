/**
 * The {@code kpikit} command line (picocli): {@link dev.kpikit.cli.KpikitCli} and its commands
 * {@code validate}, {@code metrics}, {@code report} and {@code sample}. Commands only parse, call the
 * library and write; errors are one line on stderr and an {@link dev.kpikit.cli.ExitCodes exit
 * code}.
 *
 * @since 0.1.0
 */
package dev.kpikit.cli;
