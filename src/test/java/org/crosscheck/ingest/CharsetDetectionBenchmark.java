package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How the decoder fares on short news sentences in the encodings it reads, one sentence at a
 * time and all of a language's sentences together: right, refused, or wrong (the outcome to
 * avoid above all), with ICU's confidence for the best two readings. Also random bytes,
 * which must all be refused. English with Central European names in windows-1250 is the known
 * limit: ICU reads English as Western, and where the names' letters become Western letters
 * ("Dvořák" as "Dvoøák") rather than symbols inside words, nothing shows the mistake. Prints its
 * figures, and how the BBC news articles that are not ASCII read when saved in windows-1252
 * (from {@code ${crosscheck.benchdata}}, default ../shared/benchdata; the held-out files are
 * not opened); run with
 * {@code mvn test -Dtest=CharsetDetectionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CharsetDetectionBenchmark {

    private record Sample(String language, String charset, List<String> sentences) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("English", "windows-1252", List.of(
                    "The mayor’s office said the bridge would reopen on Monday.",
                    "Police said “at least 12 people” were hurt – three of them seriously.",
                    "The repairs will cost €4.5 million, the council said… or more.",
                    "Café owners on Main Street said they had lost a week of trade.",
                    "A spokesman for the ministry declined to comment on the résumé.",
                    "Officials put the number of fighters at “about 3,000”.",
                    "Flights from São Paulo resumed, said Søren Nuñez, the airline’s chief.",
                    "The crème brûlée stall at the fête was run by Zoë Müller – “naïve”, she said.",
                    "Señor García told reporters in Malmö that 2½ tonnes of aid had arrived.")),
            new Sample("French", "windows-1252", List.of(
                    "Le maire a déclaré que le pont rouvrirait lundi.",
                    "Selon la police, au moins douze personnes ont été blessées.",
                    "Les travaux coûteront 4,5 millions d’euros, a précisé la mairie.",
                    "« C’est une catastrophe », a réagi un commerçant du quartier.")),
            new Sample("German", "windows-1252", List.of(
                    "Der Bürgermeister sagte, die Brücke werde am Montag wieder geöffnet.",
                    "Nach Angaben der Polizei wurden mindestens zwölf Menschen verletzt.",
                    "„Das ist eine Katastrophe“, sagte ein Ladenbesitzer aus der Straße.")),
            new Sample("English with Polish and Czech names", "windows-1250", List.of(
                    "The envoy, Łukasz Świątek, said the talks in Łódź had failed.",
                    "Mr Dvořák, who leads the Škoda works council, said 300 jobs would go.",
                    "Police in Brno said Tomáš Čermák, 42, had been arrested on Tuesday.")),
            new Sample("Polish", "windows-1250", Texts.POLISH),
            new Sample("Polish", "ISO-8859-2", Texts.POLISH),
            new Sample("Czech", "windows-1250", Texts.CZECH),
            new Sample("Czech", "ISO-8859-2", Texts.CZECH),
            new Sample("Russian", "windows-1251", Texts.RUSSIAN),
            new Sample("Russian", "KOI8-R", Texts.RUSSIAN),
            new Sample("Russian", "ISO-8859-5", Texts.RUSSIAN),
            new Sample("Turkish", "windows-1254", Texts.TURKISH),
            new Sample("Turkish", "ISO-8859-9", Texts.TURKISH),
            new Sample("Greek", "windows-1253", Texts.GREEK),
            new Sample("Greek", "ISO-8859-7", Texts.GREEK));

    @Test
    void printsHowEachSampleIsRead() {
        int right = 0;
        int refused = 0;
        int wrong = 0;
        int lowestRight = 100;
        int narrowestLead = 100;
        for (Sample sample : SAMPLES) {
            Charset charset = Charset.forName(sample.charset());
            List<String> texts = new ArrayList<>(sample.sentences().stream()
                    .filter(sentence -> charset.newEncoder().canEncode(sentence)).toList());
            texts.add(String.join(" ", texts));
            for (String text : texts) {
                byte[] bytes = text.getBytes(charset);
                String outcome;
                try {
                    TextDecoder.Decoded decoded = TextDecoder.decode(Path.of("sample.txt"), bytes, false);
                    boolean same = decoded.text().equals(text);
                    outcome = same ? "right" : "WRONG " + decoded.charset();
                    if (same) {
                        List<CharsetGuess.Reading> readings = CharsetGuess.of(bytes, false).readings();
                        if (!readings.isEmpty()) {
                            lowestRight = Math.min(lowestRight, readings.get(0).confidence());
                            narrowestLead = Math.min(narrowestLead, readings.size() < 2 ? 100
                                    : readings.get(0).score() - readings.get(1).score());
                        }
                    }
                    right += same ? 1 : 0;
                    wrong += same ? 0 : 1;
                } catch (UnreadableFileException e) {
                    outcome = "refused";
                    refused++;
                }
                System.out.printf(Locale.ROOT, "%-10.10s %-13s %5d bytes  %-22s %s%n", sample.language(), sample.charset(),
                        bytes.length, outcome, best(bytes));
            }
        }
        int randomRefused = 0;
        int randomBest = 0;
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[200 + random.nextInt(4000)];
            random.nextBytes(bytes);
            for (int b = 0; b < bytes.length; b++) {
                bytes[b] = (byte) (bytes[b] == 0 ? ' ' : i % 2 == 0 ? bytes[b] | 0x80 : bytes[b]);
            }
            List<CharsetGuess.Reading> readings = CharsetGuess.of(bytes, false).readings();
            randomBest = Math.max(randomBest, readings.isEmpty() ? 0 : readings.get(0).confidence());
            try {
                TextDecoder.decode(Path.of("noise.txt"), bytes, false);
            } catch (UnreadableFileException e) {
                randomRefused++;
            }
        }
        System.out.printf(Locale.ROOT, "sentences: %d right, %d refused, %d wrong; random bytes refused: %d of 200%n",
                right, refused, wrong, randomRefused);
        System.out.printf(Locale.ROOT, "right readings: lowest confidence %d, narrowest lead over the next %d;"
                + " random bytes: best accepted confidence %d%n", lowestRight, narrowestLead, randomBest);
    }

    @Test
    void printsHowBbcNewsSavedInWindows1252IsRead() throws IOException {
        Path bbc = Path.of(System.getProperty("crosscheck.benchdata", "../shared/benchdata"), "bbc-news-2004-2005");
        if (!Files.isDirectory(bbc)) {
            System.out.println("BBC corpus not found at " + bbc.toAbsolutePath() + "; nothing to measure");
            return;
        }
        Set<String> heldOut = Files.readAllLines(bbc.resolve("heldout.list")).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).collect(Collectors.toSet());
        Charset windows1252 = Charset.forName("windows-1252");
        int ascii = 0;
        int right = 0;
        int refused = 0;
        int wrong = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(bbc)) {
            files = walk.filter(path -> path.toString().endsWith(".txt") && !heldOut.contains(key(bbc, path))).sorted().toList();
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String text = TextDecoder.strictly(bytes, 0, StandardCharsets.UTF_8).map(TextDecoder.Decoded::text)
                    .orElse(new String(bytes, windows1252));
            if (text.chars().allMatch(c -> c < 0x80) || !windows1252.newEncoder().canEncode(text)) {
                ascii++;
                continue;
            }
            try {
                boolean same = TextDecoder.decode(file, text.getBytes(windows1252), false).text().equals(text);
                right += same ? 1 : 0;
                wrong += same ? 0 : 1;
            } catch (UnreadableFileException e) {
                refused++;
            }
        }
        System.out.printf(Locale.ROOT, "BBC news in windows-1252: %d right, %d refused, %d wrong (%d ASCII files skipped)%n",
                right, refused, wrong, ascii);
    }

    @Test
    void printsHowLongALargeFileTakes() {
        byte[] large = (String.join(" ", Texts.RUSSIAN) + "\n").repeat(48_000).getBytes(Charset.forName("windows-1251"));
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            TextDecoder.Decoded decoded = TextDecoder.decode(Path.of("large.txt"), large, false);
            System.out.printf(Locale.ROOT, "%.1f MB in %s: %d ms%n", large.length / 1e6, decoded.charset(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static String key(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - ".txt".length());
    }

    private static String best(byte[] bytes) {
        StringBuilder best = new StringBuilder();
        List<CharsetGuess.Reading> readings = CharsetGuess.of(bytes, false).readings();
        for (int i = 0; i < Math.min(2, readings.size()); i++) {
            CharsetGuess.Reading reading = readings.get(i);
            best.append(String.format(Locale.ROOT, "%s %d (%d odd)  ", reading.charset().name(), reading.confidence(),
                    reading.oddities().count()));
        }
        return best.toString();
    }
}
