/**
 * Longest entry typed into a one-line box whose field the model stores as long text (an
 * observation, an action-plan cell): a line of notes, well under the model's LONG_TEXT_MAX.
 */
export const LINE_ENTRY_MAX = 2000
