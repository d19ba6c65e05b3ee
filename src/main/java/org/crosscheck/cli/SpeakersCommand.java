package org.crosscheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import org.crosscheck.model.Figures;
import org.crosscheck.model.Statement;
import org.crosscheck.model.TrackGrade;
import org.crosscheck.model.TrackRecord;
import org.crosscheck.service.SourceGradeService;
import org.crosscheck.service.Workbench;

/**
 * {@code speakers --project PATH}: every speaker's and outlet's track record as JSON — their
 * statements across groups and stories in the order of the times they hold for, and how often their
 * figures were later contradicted or revised, and the grade of each: the speaker's or outlet's own
 * when the researcher gave one ({@code "gradeFrom": "speaker"} or {@code "outlet"}), else the most
 * cautious of its articles' grades ({@code "articles"}).
 */
final class SpeakersCommand implements Command {

    @Override
    public String name() {
        return "speakers";
    }

    @Override
    public String usage() {
        return "speakers --project PATH";
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        try (Workbench workbench = Projects.openExisting(arguments.required("project"))) {
            Json.printArray(out, "speakers", workbench.grades().graded(workbench.comparison().trackRecords()),
                    SpeakersCommand::toJson);
            return 0;
        }
    }

    private static ObjectNode toJson(SourceGradeService.GradedRecord graded) {
        TrackRecord record = graded.record();
        TrackGrade grade = graded.grade();
        ObjectNode node = Json.object();
        node.put("name", record.name());
        node.put("kind", record.kind() == TrackRecord.Kind.SPEAKER ? "speaker" : "outlet");
        node.put("articles", record.articles());
        node.put("contradictedLater", record.contradicted());
        node.put("revisedLater", record.revised());
        Json.putText(node, "grade", grade.grade() == null ? null : grade.grade().code());
        Json.putText(node, "gradeFrom", switch (grade.basis()) {
            case SET -> node.get("kind").asText();
            case ARTICLES -> "articles";
            case NONE -> null;
        });
        ArrayNode gradesGiven = node.putArray("grades");
        grade.articles().forEach(articleGrade -> gradesGiven.add(articleGrade.code()));
        ArrayNode statements = node.putArray("statements");
        for (TrackRecord.Entry entry : record.entries()) {
            Statement statement = entry.statement();
            ObjectNode item = statements.addObject();
            item.put("group", entry.group());
            Json.putText(item, "story", statement.story() == null ? null : statement.story().name());
            item.put("source", statement.sourceTitle());
            item.put("text", statement.quote());
            item.put("figure", Figures.of(statement.claim().quantity()));
            Json.putNumber(item, "low", statement.claim().quantity().low());
            Json.putNumber(item, "high", statement.claim().quantity().high());
            Json.putText(item, "holdsFor", entry.holdsFor().isKnown() ? entry.holdsFor().display() : null);
            Json.putText(item, "published", statement.published().isKnown() ? statement.published().display() : null);
            item.set("chain", CompareCommand.chainJson(statement.chain()));
            item.put("contradictedLater", entry.contradictedLater());
            item.put("revisedLater", entry.revisedLater());
        }
        return node;
    }
}
