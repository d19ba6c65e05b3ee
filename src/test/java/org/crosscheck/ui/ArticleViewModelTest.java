package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Source;
import org.crosscheck.service.Runner;
import org.junit.jupiter.api.Test;

/** Highlights computed through the runner: only the latest request is shown, and a refresh repaints what changed. */
class ArticleViewModelTest {

    private final QueuedRunner runner = new QueuedRunner();
    private final ArticleViewModel article = new ArticleViewModel(runner, new StatusViewModel());
    private final Source first = source(1, "The police said 12 people were hurt.");
    private final Source second = source(2, "About 300 residents were evacuated on Monday.");
    private final Claim inFirst = ClaimHighlightsTest.claim(10, 16, 25, ClaimKind.QUANTITY, ClaimStatus.SUGGESTED);
    private final Claim inSecond = ClaimHighlightsTest.claim(20, 0, 9, ClaimKind.QUANTITY, ClaimStatus.SUGGESTED);

    @Test
    void anArticleOpenedWhileAnotherIsStillBeingHighlightedIsTheOnlyOneEverPainted() {
        List<ArticlePaint> painted = new ArrayList<>();
        article.paintProperty().addListener((observable, before, paint) -> painted.add(paint));

        article.show(first, List.of(inFirst), 0);
        article.show(second, List.of(inSecond), 0);
        runner.runAll();

        assertThat(painted).extracting(paint -> paint.source().id()).containsExactly(1L, 2L, 2L);
        assertThat(painted).filteredOn(paint -> paint.highlights() != null).singleElement()
                .satisfies(paint -> assertThat(paint.document().getText()).isEqualTo(second.text()));
        assertThat(runner.computed).isEqualTo(1);
        assertThat(article.claimAt(3)).contains(inSecond);
    }

    @Test
    void newClaimsOfTheOpenArticleRepaintOnlyWhatChangedAndNoClickCountsUntilTheyAre() {
        article.show(first, List.of(inFirst), 0);
        runner.runAll();
        Claim confirmed = inFirst.withStatus(ClaimStatus.CONFIRMED);
        article.show(first, List.of(confirmed), 0);

        assertThat(article.claimAt(18)).isEmpty();
        runner.runAll();
        assertThat(article.paintProperty().get().document()).isNull();
        assertThat(article.paintProperty().get().changed()).containsExactly(new TextRange(16, 25));
        assertThat(article.claimAt(18)).contains(confirmed);
    }

    private static Source source(long id, String text) {
        return new Source(id, "Article " + id, "", "", "", null, "", "", text, null, "");
    }

    /** Holds work until told to run it, as a busy worker thread would. */
    private static final class QueuedRunner implements Runner {
        private final List<Runnable> queued = new ArrayList<>();
        private int computed;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            queued.add(() -> {
                try {
                    T result = work.call();
                    computed += result == null ? 0 : 1;
                    onSuccess.accept(result);
                } catch (Exception e) {
                    onError.accept(e);
                }
            });
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.remove(0).run();
            }
        }
    }
}
