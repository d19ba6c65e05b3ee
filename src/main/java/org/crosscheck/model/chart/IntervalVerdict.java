package org.crosscheck.model.chart;

/**
 * The verdict between statements {@code a} and {@code b} (indices into the statement list), with
 * its key ({@code agrees}, {@code tension}, {@code contradicts}, {@code changed-over-time},
 * {@code different-scope}) and the reason in words.
 */
public record IntervalVerdict(int a, int b, String verdictKey, String reason) { }
