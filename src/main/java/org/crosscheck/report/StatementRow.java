package org.crosscheck.report;

/**
 * One statement of a group, as text ready to print. Null fields print as empty.
 *
 * @param published when the source was published, with its precision ("2018-05", "2015-10-08")
 * @param refersTo  the time the statement is about, when it differs from publication
 * @param value     the figure with its qualifier: "≥ 10,000", "≈ 3,000 (2,550–3,450)"
 * @param quote     the words of the claim
 * @param context   the quote with a little of the text around it
 * @param grade     the source's reliability grade, "B2"
 */
public record StatementRow(String source, String outlet, String speaker, String published, String refersTo,
        String value, String quote, String context, String grade) {

    public StatementRow {
        source = ReportText.orEmpty(source);
        outlet = ReportText.orEmpty(outlet);
        speaker = ReportText.orEmpty(speaker);
        published = ReportText.orEmpty(published);
        refersTo = ReportText.orEmpty(refersTo);
        value = ReportText.orEmpty(value);
        quote = ReportText.orEmpty(quote);
        context = ReportText.orEmpty(context);
        grade = ReportText.orEmpty(grade);
    }
}
