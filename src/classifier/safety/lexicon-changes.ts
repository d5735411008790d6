import type { LexiconGroup } from './lexicon-types.ts';

/**
 * A side effect told as a change of the body or of a function, in the patient's words rather than by a
 * symptom's name ("my hair got thinner", "appetite seems to fluctuate", "lost all interest in sex", "a small
 * change in the colour of the treated eye", "my periods stopped", "the drug makes one sweat"). Like the everyday complaints, such a
 * change has many causes: it counts with a medicine named, or in a statement of symptoms (LABELING.md,
 * review sentence); a question about it, a negation or what a medicine is for are judged as for any symptom.
 */
export const CHANGES_EN: LexiconGroup = {
  name: 'changes-en',
  kind: 'adverse_event',
  mode: 'symptom',
  needs: 'medication',
  patterns: [
    // what changed, then how: "hair got thinner", "my periods have stopped", "appetite seems to fluctuate"
    /(?:hair|skin|nails|complexion|periods?|menstrual cycle|cycle|appetite|libido|sex drive|energy|moods?|memory|concentration|eyesight|vision|voice|heart ?rate|pulse|urine|stools?|bowels?|bowel movements|sleep|sleeping|weight|colou?r) (?:(?:has|have|had|is|was|are|were|got|gotten|became|become|seems?|seemed|started|began|tended|tends) (?:to |been |become |gotten |got )?)?(?:\S+ )?(?:thinner|thicker|darker|lighter|coarser|oilier|greasier|drier|brittle|weaker|fluctuat\w*|changed|stopped|irregular|erratic|disappeared|went (?:up|down|away|crazy|haywire)|dropped|plummeted|spiked|shot up|all over the place|shot|gone|nonexistent|non-existent)(?![a-z])/,
    // a change named, then what changed: "a change in the colour of", "changes in my periods"
    /(?:changes?|difference|alteration) in (?:the |my |his |her )?(?:colou?r|texture|taste|smell|vision|eyesight|moods?|appetite|periods?|menstrual \S+|cycle|sleep|sleeping|weight|libido|hair|skin|nails|voice|heart ?rate|urine|personality)(?![a-z])/,
    // a desire or an interest lost: "lost all interest in sex", "less desire for food", "no interest in anything"
    /(?:lose|loses|lost|losing|less|little|no|zero|decreased|reduced|lower|diminished) (?:\S+ )?(?:interest|desire) (?:in|for) (?:sex|anything|things|food|eating|life|doing)(?![a-z])/,
    // a drive or an ability lost: "lost all motivation", "trouble finding words", "difficult to shed any weight"
    /(?:lost|lose|losing|loss of|lack of|no|zero|without) (?:all |my |any )?(?:motivation|ambition)|(?:trouble|difficulty|hard time|problems?) (?:finding|getting out|remembering) (?:the )?(?:right )?words|word[- ]finding (?:difficult\w*|problems?|trouble)|(?:difficult|hard|harder|unable|can'?t|cannot|couldn'?t|trouble) (?:to )?(?:lose|shed|losing|shedding) (?:the |any )?weight|yawn(?:ed|s)? (?:constantly|all (?:the time|day)|a lot|nonstop)/,
    // what the medicine makes the body do: "the drug makes one sweat", "it made me shake"
    /(?:makes?|made|making) (?:me|one|you|him|her|us|people) (?:\S+ )?(?:sweat|shake|itch|yawn|gag|vomit|twitch|tremble|drool)(?![a-z])/,
    // alcohol no longer tolerated: "sensitivity to alcohol", "unable to drink more than one beer"
    /(?:sensitivity|intolerance|sensitive) to (?:alcohol|alchohol|wine|beer)|(?:inability|unable|can'?t|cannot|couldn'?t|could not|could no longer) (?:to )?(?:tolerate|handle|drink) (?:\S+ ){0,5}?(?:alcohol|alchohol|wine|beer|drinks?)(?![a-z])/,
  ],
};
