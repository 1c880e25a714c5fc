// Ribbon commands. The manifest's ExecuteFunction button names "refreshFigures"; Word calls the
// function registered under that name here and waits for event.completed().

/** Placeholder until the figure refresh is implemented: it must still complete the event,
 *  otherwise Word keeps the button busy and shows an error after a time-out. */
export function refreshFigures(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.actions.associate("refreshFigures", refreshFigures);
