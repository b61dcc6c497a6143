package dev.gantry.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dialog resized after it was shown is put back over its owner (openbox left it in the top-left corner). */
@ExtendWith(ApplicationExtension.class)
class DialogPlacementFxTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 900, 600));
        stage.setX(100);
        stage.setY(50);
        stage.show();
    }

    @Test
    void aDialogSitsOverTheMiddleOfItsOwner() throws Exception {
        double[] at = WaitForAsyncUtils.asyncFx(() -> {
            Stage dialog = new Stage();
            dialog.initOwner(owner);
            Region content = new Region();
            content.setPrefSize(300, 200);
            dialog.setScene(new Scene(content));
            dialog.setX(0);
            dialog.setY(0);
            dialog.show();
            dialog.sizeToScene();
            Dialogs.placeOverOwner(dialog);
            double[] xy = {dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight(),
                owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight()};
            dialog.close();
            return xy;
        }).get(10, TimeUnit.SECONDS);
        assertEquals(at[4] + (at[6] - at[2]) / 2, at[0], 1.0, "centred across the owner");
        assertEquals(at[5] + (at[7] - at[3]) / 3, at[1], 1.0, "a third down the owner");
    }
}
