import { namesProduct } from '../safety/case-report.ts';
import { foldText } from '../safety/text.ts';

/**
 * history, on a long health post: "My father is 80 and over two years he has become forgetful, the neurologist
 * ordered an MRI and a memory test ..." tells of the writer's or a relative's health (a doctor, a test, a
 * diagnosis, a family member) at length, and names no medicine, treatment, shot or product, no change that
 * something caused, and no term the safety guard knows. A personal symptom or history with no product is no
 * adverse event (LABELING.md): the post asks for information even with no question mark. A review sentence
 * that tells what a medicine did names it, a treatment word or a change ("since starting it", "I gained").
 */
export function tellsHealthPostOnly(text: string, guardTerms: number): boolean {
  if (guardTerms > 0 || countWords(text) < MIN_WORDS) return false;
  const { folded } = foldText(text);
  return CARE_OR_FAMILY.test(folded) && !TREATMENT.test(folded) && !CHANGE.test(folded) && !namesProduct(text);
}

// A post this long tells a story; a review's side-effect sentence is shorter.
const MIN_WORDS = 40;

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

// A doctor, a test or a diagnosis, or the family member the post is about.
const CARE_OR_FAMILY =
  /(?<![a-z])(?:diagnos\w*|tests?|tested|x-?rays?|mri|scans?|blood ?work|results?|doctors?|dr|gp|surgery|hospital|mother|mom|father|dad|son|daughter|husband|wife|baby|child|kids?|pregnan\w*|boyfriend|girlfriend|sister|brother)(?![a-z])/;

// Anything that may be a treatment, even unnamed ("since I started it", "the shot", "my meds", "a reaction").
const TREATMENT =
  /(?<![a-z])(?:side ?effects?|tak(?:e|es|ing|en)|took|start(?:ed|ing)?|dos(?:e|es|age)|\d+ ?mg|prescri\w+|medic\w+|meds?|pills?|tablets?|capsules?|shots?|vaccin\w*|inject\w*|drugs?|therapy|treatment|reactions?|allerg\w+|on it|stopped|quit|withdraw\w*|switch\w*)(?![a-z])/;

// A change told as caused or undergone ("I gained", "it made me", "developed"): the way a review tells an effect.
const CHANGE = /(?<![a-z])(?:became|become|gained|lost|changed|increased|decreased|experienced|developed|caused|made me|gave me)(?![a-z])/;
