/**
 * Synthetic sample businesses for trying kpikit out and for benchmarks ({@code kpikit sample}):
 * {@link dev.kpikit.sample.Samples} writes {@code northwind-coffee} (an e-commerce coffee roaster)
 * or {@code cloudnote-saas} (a B2B SaaS with subscription spells) from a seed, byte for byte
 * reproducibly, with a few deliberately malformed rows listed in the folder's README.
 *
 * @since 0.1.0
 */
package dev.kpikit.sample;
