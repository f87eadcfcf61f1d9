/**
 * Helpers for analysts' surfaces (Jupyter notebooks with the JJava kernel, jbang scripts): {@link
 * dev.kpikit.notebook.Charts} turns tablesaw-jsplot figures into HTML that works offline, inline in
 * a notebook or as a page with plotly.js beside it.
 *
 * @since 0.1.0
 */
package dev.kpikit.notebook;
