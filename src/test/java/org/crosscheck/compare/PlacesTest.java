package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Places;
import org.junit.jupiter.api.Test;

class PlacesTest {

    @Test
    void aDirectionBeforeACountryIsAPartOfIt() {
        assertThat(Places.base("northern Afghanistan")).isEqualTo("Afghanistan");
        assertThat(Places.isPart("northern Afghanistan")).isTrue();
    }

    @Test
    void theNorthOfACountryIsAPartOfIt() {
        assertThat(Places.base("the north of Afghanistan")).isEqualTo("Afghanistan");
        assertThat(Places.isPart("the north of Afghanistan")).isTrue();
    }

    @Test
    void aProvinceWrittenBeforeItsCountryIsAPartOfIt() {
        assertThat(Places.base("Nangarhar, Afghanistan")).isEqualTo("Afghanistan");
        assertThat(Places.isPart("Nangarhar, Afghanistan")).isTrue();
    }

    @Test
    void aProvinceNamedByItsCountrysDemonymIsAPartOfThatCountry() {
        assertThat(Places.base("the eastern Afghan province of Nangrahar")).isEqualTo("Afghanistan");
        assertThat(Places.isPart("the eastern Afghan province of Nangrahar")).isTrue();
    }

    @Test
    void aCountryIsItsOwnBase() {
        assertThat(Places.base("Afghanistan")).isEqualTo("Afghanistan");
        assertThat(Places.isPart("Afghanistan")).isFalse();
        assertThat(Places.base("the United States")).isEqualTo("United States");
        assertThat(Places.isPart("the United States")).isFalse();
    }

    @Test
    void noPlaceHasNoBase() {
        assertThat(Places.base("")).isEmpty();
        assertThat(Places.isPart(null)).isFalse();
    }
}
