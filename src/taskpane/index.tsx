/** Entry point of the task pane bundle (webpack entry `taskpane`). */
import { startTaskpane } from "./bootstrap";

void startTaskpane(document.getElementById("container")!);
