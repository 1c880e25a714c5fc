import { dialogMessage, refreshFigures, renderMessagePage } from "./refresh-figures";

// The modern function file: registers the ribbon action at load time, or draws the outcome dialog.

const message = dialogMessage();
if (message !== null) renderMessagePage(message);
else Office.actions.associate("refreshFigures", refreshFigures);
