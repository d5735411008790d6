/**
 * A name that names a building or an institution ("Long Island Mac Arthur Airport", "the Tristan Bates #Theatre",
 * "Ronald Reagan Washington National Airport"): a place a message mentions, not a person it identifies. Only capitalised
 * words no surname is ("Hall", "Park", "Church" are surnames too, so "Ana Hall" stays a name).
 */
const BUILDING_AFTER = /^\s+#?(?:Airport|Theatre|Theater|Stadium|Arena|Museum|Library|Cathedral|Hospital|University|College|Academy|Avenue|Boulevard|Expressway|Parkway|Centre|Center)\b/u;

/** Whether the name at start..end of `text` is the first part of a building's or an institution's name. */
export const namesABuilding = (text: string, end: number): boolean => BUILDING_AFTER.test(text.slice(end, end + 24));
