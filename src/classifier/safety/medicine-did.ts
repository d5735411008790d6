import { namesDrugWord } from './medication.ts';
import { foldText } from './text.ts';

/**
 * "seroquel has me sleeping 14 hours", "that steroid pack made me a raging lunatic", "clonidine gave me the
 * driest mouth ever": a medicine named as the subject of a verb of causing (made, has, got, gave, keeps,
 * left, turned) with the writer or a relative as its object tells what the medicine did to that person,
 * whatever words the effect is told in (LABELING.md, a review sentence or a social-media post about the
 * writer's own medicine). Tweets tell effects in slang no list holds; the construction is what they share.
 * It is no report when:
 * - the verb is not told as having happened: negated ("hasn't made me", "never gave me") or asked
 *   ("did this med make me ...", "will X make me ..."): only the told forms of the verbs match, with no
 *   word between the subject and the verb but an adverb or a tense auxiliary;
 * - what follows is a relief ("made me feel like myself again", "got me through the week", "gave me my life
 *   back", "made me quit smoking"): RELIEF;
 * - the clause is a supposition, a hope or a fear ("if lexapro makes me numb", "scared paxil gives me ..."): SUPPOSED.
 * A medicine named by class or form ("this med", "the flu shot", "my new pill") needs a determiner, so that a
 * word like "shot" or "dose" is a medicine only when a thing is pointed at; a plural class needs none
 * ("steroids got me up at 4am", "antibiotics gave me thrush").
 */
const CLASS =
  '(?:(?:this|that|these|those|my|his|her|the|new) (?:new |generic |current |damn |stupid )?(?:(?:flu|covid|shingles|tetanus|allergy|b12|depo|steroid|cortisone) )?(?:meds?|medications?|medicines?|pills?|shots?|jabs?|vaccines?|boosters?|antibiotics?|steroids?|antidepressants?|inhalers?|patch|birth control|bc pills?|chemo|injections?|infusions?|dose))';
// A plural class of medicines that is a subject on its own ("steroids got me up at 4am").
const BARE_CLASS = /^(?:meds|steroids|antibiotics|antidepressants|opioids|benzos|painkillers|stimulants)$/;
// A word after a drug's name that still names the medicine ("the steroid pack", "my lexapro dose").
const AFTER_NAME = '(?: (?:pack|pills?|shots?|dose|patch|injections?|infusions?|tablets?|generic))?';
// Between subject and verb only an adverb or a tense auxiliary: "really", "has been", "is literally".
const BETWEEN =
  '(?:(?:really|just|literally|totally|honestly|seriously|definitely|def|always|still|actually|lowkey|already|now|also|even|officially|lowkey) )?(?:(?:is|has|has been|was|have|have been|had) (?:really |literally |totally |seriously |officially )?)?';
const VERB = '(?:made|makes|making|has|had|got|gets|gotten|getting|gave|gives|giving|keeps|kept|keeping|left|leaves|leaving|turned|turns|turning)';
const OBJECT = '(?:me|him|her|us|my (?:son|daughter|kid|husband|wife|mom|mum|dad|baby|boyfriend|girlfriend|partner|brother|sister))';
const CLAUSE = new RegExp(
  String.raw`(?<![a-z0-9-])#?(?:([a-z][a-z0-9-]*)${AFTER_NAME}|${CLASS}${AFTER_NAME})(?:'s)? ${BETWEEN}${VERB} ${OBJECT}(?![a-z])`,
  'g',
);

/** What a medicine brought that is a relief, not a harm: see above. */
const RELIEF = new RegExp(
  [
    String.raw`^ (?:feel(?:ing)? |felt )?(?:so |much |a lot |way |really |a little |a bit )*(?:better|great|good|amazing|normal|human|alive|calm(?:er)?|happ(?:y|ier)|hopeful|relaxed|stable|level|balanced|focused|productive|functional|safer|ok|okay|fine|myself|like (?:myself|me again|a new (?:person|man|woman)|a person|a human|i can))(?![a-z])`,
    String.raw`^ (?:through|back|out of bed|off the couch|able to|sane|going|alive|sleep(?:ing)? (?:better|through|like a baby|well|great))(?![a-z])`,
    String.raw`^ (?:my (?:life|energy|appetite|sleep|focus|self) back|relief|hope|clarity|peace|confidence|a (?:new|second|better) (?:life|chance|outlook))(?![a-z])`,
    String.raw`^ (?:stop|quit|quitting|stopping) (?:smoking|drinking|vaping|cigarettes|binging)(?![a-z])`,
    String.raw`^ (?:laugh|smile|realize|realise|think|wonder)`,
  ].join('|'),
);

/** A supposition, a hope or a fear just before the subject: see above. */
const SUPPOSED = /(?:^|[^a-z])(?:if|unless|whether|hope|hoping|afraid|scared|worried|heard) (?:\S+ ){0,2}$/;

/** Does the text tell what a named medicine did to the writer or a relative (see above)? */
export function tellsWhatMedicineDid(text: string): boolean {
  const { folded } = foldText(text);
  for (const m of folded.matchAll(CLAUSE)) {
    const name = m[1];
    if (name !== undefined && !namesDrugWord(name) && !BARE_CLASS.test(name)) continue;
    if (SUPPOSED.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (RELIEF.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    return true;
  }
  return false;
}
