package org.crosscheck.model;

/** What splits the timeline into horizontal lanes. */
public enum LaneMode {
    SOURCE, SPEAKER, GROUP, TAG
}
