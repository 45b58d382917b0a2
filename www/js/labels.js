// The entity labels in display order, with the words the page uses for them.

export const LABEL_NAMES = {
  PERSON: "person",
  ORG: "organisation",
  PLACE: "place",
  MISC: "other name",
  DATE: "date",
  TIME: "time",
  MONEY: "money",
  PERCENT: "percentage",
  QUANTITY: "quantity",
  CARDINAL: "number",
  ORDINAL: "ordinal",
  EMAIL: "email address",
  URL: "web address",
};

export const LABELS = Object.keys(LABEL_NAMES);

/** Sorts labels into display order. */
export const byLabelOrder = (x, y) => LABELS.indexOf(x) - LABELS.indexOf(y);
