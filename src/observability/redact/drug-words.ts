/**
 * namesDrug for the name finders, which ask it about one word at a time, several times a text (is
 * "metformin" a name?). A word of one token is looked up directly, with no regex iterator per call;
 * nothing of the customer's text is remembered between calls.
 */
export { namesDrugWord } from '../../classifier/safety/medication.ts';
