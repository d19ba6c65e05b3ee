package org.crosscheck.ui;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.crosscheck.service.ProjectPlace;

/**
 * File › Open shared project on a server…: the server, port, database, user and password of a
 * project that several people share on PostgreSQL. The password is kept only in memory while the
 * project is open, never in the settings; left empty, it comes from {@code PGPASSWORD} or
 * {@code ~/.pgpass}, as for psql. Whether the server answers is found out by opening, off the
 * JavaFX thread, and a refusal is told in the window's usual "cannot open" message.
 */
final class ServerProjectDialog {

    private ServerProjectDialog() {
    }

    /** Asks for a shared project; {@code known} fills the form (the password excepted) when given. */
    static Optional<ProjectPlace> ask(Window owner, ProjectPlace knownPlace) {
        ProjectPlace.ServerFields known = knownPlace == null ? null : knownPlace.serverFields().orElse(null);
        Dialog<ProjectPlace> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("server.title"));
        dialog.setHeaderText(Texts.get("server.header"));
        dialog.getDialogPane().setId("serverProjectDialog");
        ButtonType open = new ButtonType(Texts.get("server.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);

        TextField host = field("serverHost", known == null ? "" : known.host(), "db.example.org");
        TextField port = field("serverPort", String.valueOf(known == null ? ProjectPlace.defaultServerPort() : known.port()), "");
        port.setPrefColumnCount(6);
        TextField database = field("serverDatabase", known == null ? "" : known.database(), "crosscheck");
        TextField user = field("serverUser", known == null ? System.getProperty("user.name", "") : known.user(), "");
        PasswordField password = new PasswordField();
        password.setId("serverPassword");
        password.setPromptText(Texts.get("server.passwordPrompt"));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        row(form, 0, "server.host", host);
        row(form, 1, "server.port", port);
        row(form, 2, "server.database", database);
        row(form, 3, "server.user", user);
        row(form, 4, "server.password", password);
        GridPane.setHgrow(host, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("serverProblem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        Label note = new Label(Texts.get("server.note"));
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        VBox content = new VBox(12, form, problem, note);
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);

        Node openButton = dialog.getDialogPane().lookupButton(open);
        Runnable check = () -> {
            String why = problemWith(host.getText(), port.getText(), database.getText(), user.getText());
            problem.setText(why);
            openButton.setDisable(!why.isEmpty());
        };
        for (TextField each : new TextField[] {host, port, database, user}) {
            each.textProperty().addListener((observed, before, now) -> check.run());
        }
        check.run();
        problem.setText(""); // say nothing until something has been typed
        dialog.setOnShown(event -> (host.getText().isEmpty() ? host : password).requestFocus());

        dialog.setResultConverter(button -> {
            if (button != open) {
                return null;
            }
            return ProjectPlace.server(host.getText().strip(), Integer.parseInt(port.getText().strip()),
                    database.getText().strip(), user.getText().strip(), password.getText());
        });
        return dialog.showAndWait();
    }

    /** What keeps the form from opening a project, in words; empty when it can. */
    static String problemWith(String host, String port, String database, String user) {
        if (host.isBlank()) {
            return Texts.get("server.needHost");
        }
        int number;
        try {
            number = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            return Texts.get("server.badPort");
        }
        if (number < 1 || number > 65535) {
            return Texts.get("server.badPort");
        }
        if (database.isBlank()) {
            return Texts.get("server.needDatabase");
        }
        if (user.isBlank()) {
            return Texts.get("server.needUser");
        }
        return "";
    }

    private static TextField field(String id, String text, String prompt) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static void row(GridPane form, int row, String label, Node field) {
        Label name = new Label(Texts.get(label));
        name.setLabelFor(field);
        form.addRow(row, name, field);
    }
}
