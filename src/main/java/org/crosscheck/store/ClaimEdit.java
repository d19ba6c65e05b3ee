package org.crosscheck.store;

import java.time.LocalDateTime;

/**
 * The last hand edit of a claim: who made it (empty when nobody has, or before edits were signed),
 * when (null likewise), and the claim's version, which every change raises by one.
 */
public record ClaimEdit(String by, LocalDateTime at, long version) { }
