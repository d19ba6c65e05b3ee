package org.crosscheck.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command's arguments: options of the form {@code --name VALUE} (possibly repeated) and the
 * plain arguments (files) in order. Unknown options are an error, so a typo is not ignored.
 */
final class Arguments {

    private final List<String[]> options = new ArrayList<>();
    private final List<String> plain = new ArrayList<>();

    private Arguments() {
    }

    static Arguments parse(List<String> words, List<String> knownOptions) {
        Arguments arguments = new Arguments();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--")) {
                String name = word.substring(2);
                if (!knownOptions.contains(name)) {
                    throw new UsageException("unknown option " + word);
                }
                if (i + 1 >= words.size()) {
                    throw new UsageException("option " + word + " needs a value");
                }
                arguments.options.add(new String[] {name, words.get(++i)});
            } else {
                arguments.plain.add(word);
            }
        }
        return arguments;
    }

    Optional<String> option(String name) {
        return options.stream().filter(option -> option[0].equals(name)).map(option -> option[1]).reduce((a, b) -> b);
    }

    List<String> all(String name) {
        return options.stream().filter(option -> option[0].equals(name)).map(option -> option[1]).toList();
    }

    String required(String name) {
        return option(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }

    Optional<LocalDate> date(String name) {
        return option(name).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new UsageException("--" + name + " must be a date as YYYY-MM-DD, not " + value);
            }
        });
    }

    List<Path> files() {
        return plain.stream().map(Path::of).toList();
    }

    List<String> plain() {
        return plain;
    }
}
