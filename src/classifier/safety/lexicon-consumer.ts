import type { LexiconGroup } from './lexicon-types.ts';

// What a medicine can do to a body, as a tweet names it after a harm verb ("cipro wrecked my tendons").
const BODY =
  '(?:stomach|gut|tummy|belly|tendons?|achilles|knees?|joints?|back|legs?|body|sleep|skin|face|teeth|head|brain|memory|libido|sex drive|appetite|liver|kidneys?|heart|hormones|periods?|cycle|mood|mind|nerves|eyes|hair|muscles?|shoulders?|hips?|feet|hands|throat|mouth|bowels?|balance|immune system|metabolism|insides)';

/**
 * What a medicine did, in the words of tweets and short reviews: slang for being sedated or wired
 * ("seroquel hangover", "got me zonked", "adderall crash"), hunger and weight ("munchies", "made me fat"),
 * sleep ("tossing and turning", "slept 14 hours"), mood ("roid rage", "dead inside"), sex ("can't get it
 * up") and the drug as the subject of a harm verb ("cipro wrecked my tendons", "messed up my stomach").
 * Everyday words as they are, so they count only when a medicine is named (needs medication), and are
 * judged like any symptom: negated ("not hungry any more"), asked about ("does lyrica make you fat?") or
 * credited as a relief ("no more tossing and turning since trazodone") they stay quiet.
 * @see data/corpus/LABELING.md, a social-media post about the writer's own medicine
 */
export const CONSUMER_EFFECTS_EN: LexiconGroup = {
  name: 'consumer-effects-en',
  kind: 'adverse_event',
  mode: 'symptom',
  needs: 'medication',
  patterns: [
    // sedated, hung over, wired, crashing; a long sleep only as a medicine's doing ("got me sleeping 14 hours", "slept
    // 12 hrs"), not a habit told in a health post ("she sleeps twelve hours at weekends": health-post.ts)
    /hung ?over|hangover(?! (?:cure|remed\w+|food|drinks?|pills?|kit))|zonked|out cold|knock(?:s|ed|ing)? (?:me |my ass |him |her )?(?:the (?:fuck|hell|f) |tf )?out|zombified|got me (?:so |super |mad )?high|high af|(?:i'?m|im|i am) (?:so |super )?high(?! (?:risk|on|priority|up))|(?:can'?t|couldn'?t|could not|cannot) (?:stay awake|wake up|keep my eyes open)|tweak(?:ing|ed out)|geeked|comedown|come ?down (?:is|was)|crash(?:ing|ed)? (?:hard|so hard|is (?:real|brutal|awful|rough|the worst|hitting)|hit(?:s|ting)?)|(?:afternoon|evening|the|an?|that) crash(?! (?:course|diet|test|landing|pad|helmet|site|cart))/,
    /(?:(?:me|him|her) (?:sleep|sleeping)|slept) (?:for )?(?:like )?(?:1[1-9]|2\d|eleven|twelve|thirteen|fourteen|fifteen|sixteen) ?(?:hours|hrs|hr|h)|(?:sleep|sleeping|slept) (?:all day|the whole day|through (?:my |the )?alarms?)|tossing and turning|toss and turn|wide awake (?:at|all|until|till|til)|awake (?:all night|until \d|till \d|til \d)|(?:can'?t|couldn'?t|cannot|could not) (?:fall|get) (?:back )?(?:to )?(?:asleep|sleep)|knock(?:s|ed|ing)? (?:me|him|her) (?:flat )?on (?:my|his|her) (?:butt|ass|arse|behind)|(?:slept|sleeping|sleeps) (?:in )?(?:until|till|til|to) (?:noon|[1-5] ?pm|the afternoon)|\d(?<![06-9]) ?(?:am|in the morning)(?: and|,)? (?:still |wide |i'?m |im )*awake|awake (?:at|since) [1-5] ?am/,
    // hunger and weight
    /munchies|starving|(?:so|super|always|constantly|crazy|really|very|insanely|stupid) hungry|hungry (?:all the time|af|constantly|24\/7)|(?:can'?t|couldn'?t) stop eating|(?:not|never|n'?t) (?:even )?hungry|(?:forget|forgot|forgetting) to eat|ate nothing|(?:won'?t|wouldn'?t|doesn'?t|didn'?t) eat (?:a thing|anything|a bite|at all|all day)|(?:barely|hardly) (?:eat|eats|eating|ate)(?![a-z])|appetite (?:is )?(?:gone|disappeared|went away|shot|through the roof|is insane)|(?:made|making|makes|got|getting|gotten) (?:me |him |her )?(?:so |super |really )?fat|(?:gain|gained|gaining|put on|packed on) (?:like |about |over |almost |nearly )?\d+ ?(?:lbs?|pounds|kgs?|kilos)|chubby/,
    // gut
    /gassy|farts?|farting|(?:sulfur|sulphur|eggy) burps|burps|stomach (?:is )?in knots|running to the (?:bathroom|toilet)|(?:live|living|lived) (?:in|on) the (?:toilet|bathroom)|glued to the toilet|the shits|(?:shit|shitting|pooping) (?:my brains out|all day|constantly)/,
    // mood and mind
    /(?:roid|'roid|steroid|keppra) rage|rage (?:attacks?|issues|episodes|fits|blackouts)|(?:fits|bouts|episodes|outbursts) of rage|(?:full of|filled with|so much|uncontrollable|random|blind) rage|snapp(?:ed|ing) at (?:everyone|everybody|people|my)|(?:so|super|really|very|extra) (?:angry|mean|emotional|sensitive|bitchy|cranky|grumpy|weepy)|cry(?:ing)? (?:all day|all the time|at everything|constantly|for no reason)|dead inside|(?:feel|feeling|felt) (?:absolutely |literally )?nothing|numb inside|(?:made|makes|making|turned) (?:me|him|her) (?:into )?(?:so |super )?(?:stupid|dumb|a monster|a mess|a wreck|psycho|crazy|insane)|forgetting (?:words|things|everything|stuff)|(?:forget|forgot) the whole (?:day|night)|(?:can'?t|don'?t|couldn'?t) remember (?:the whole|most of|anything from|yesterday|last night)|doing weird (?:stuff|things|shit)|(?:feel|feels|feeling|felt) like (?:a |an )?(?:sloth|slug|zombie|vegetable|robot|space cadet|potato)|(?:order(?:ed|ing)?|text(?:ed|ing)?|cook(?:ed|ing)?|drove|driving|bought|buying|shop(?:ped|ping)|ate|eating|post(?:ed|ing)|call(?:ed|ing)) (?:\S+ ){0,4}?in my sleep|tripping|trippy|high as (?:a kite|hell|fuck|balls)/,
    // sex, skin, taste, restlessness
    /(?:can'?t|couldn'?t|cannot) (?:cum|get it up|get hard|stay hard)|(?:no|zero) (?:boner|boners|erections?)|boner (?:that )?(?:won'?t|wouldn'?t|would not) go (?:away|down)|man boobs|moobs|(?:gave|giving|grew|growing|gives) (?:\S+ ){0,2}?(?:boobs|breasts)|(?:lips|skin|hands|heels) (?:are |is |so )?(?:cracked|cracking|chapped|bleeding)|(?:chapped|cracked|bleeding) lips|tastes? (?:\S+ )?like (?:metal|pennies|coins|batteries)|(?:soda|beer|coke|pop|water|food|everything) (?:\S+ )?tastes? (?:flat|weird|funny|off|gross|awful)|gave me (?:bad |horrible |terrible |so much |the worst )?gas(?![a-z])|dreams (?:are|were|have been|r) (?:so |super |really |fucking |freaking )?(?:insane|crazy|wild|vivid|weird|intense|so real|messed up|fucked up|terrifying|scary|nuts)|(?:wild|intense|messed up|fucked up|trippy|terrifying|realistic) dreams|(?:heart|chest) (?:\S+ ){0,2}?out of my chest|akathisia|driest mouth|cotton ?mouth|(?:blood )?sugars? (?:tanked|crashed|plummeted|bottomed out|went (?:way |super |so )?low)|catch(?:ing|es)? every (?:cold|bug|virus)|(?:can'?t|couldn'?t|cannot) sit still|pacing/,
    // dazed, restless, body at odds with the medicine ("so out of it", "can't stop yawning", "my body hates it")
    /(?:so|completely|totally|kinda|kind of|really|super|a bit|a little) out of it|in a (?:fog|daze|haze)|dazed|(?:can'?t|couldn'?t|cannot) (?:stop|quit) (?:yawning|sweating|scratching|shaking|crying|twitching|talking|sneezing|peeing|moving|eating)|talk(?:ing)? (?:a mile a minute|nonstop|non-stop)|talkative|chatty|my body (?:hates|doesn'?t like|can'?t handle|can'?t take|rejects|is rejecting)/,
    // a body that aged overnight, as reviews of statins and pain relievers tell it
    /(?:feel|felt|feeling) (?:like )?(?:\d+|ten|twenty|thirty|forty) years older|like an? (?:\d+ year old|old (?:man|woman|lady|person))|(?:felt|feel|feeling) like (?:i was |i'?m |i am )?(?:\d+|eighty|ninety) (?:years old|yrs old|y\/?o)|(?:felt|feel|feeling|feels) like (?:i'?ve |i had |i'?d |i have )?(?:been )?(?:hit by a (?:truck|bus|train|mack truck)|beat(?:en)? up)|charl(?:ey|ie) horses?|tend[oi]nitis|tendon (?:pain|damage|problems?|rupture|tear)|ruptured (?:my |his |her |an? )?(?:achilles|tendon)|frozen shoulder|plantar fasci\w*|trigger finger|legs? (?:felt|feel|feels|were|are|was) (?:like )?(?:lead|jelly|concrete|rubber|heavy|so heavy|weak)|heavy legs|(?:could|can|could only) (?:barely|hardly) (?:walk|move|stand|function|get up|climb)/,
    // the same harm told of the body part: "my stomach is destroyed", "my sleep is shot"
    new RegExp(String.raw`(?:my|his|her) ${BODY} (?:is|are|was|were|feels|felt|has been|have been) (?:so |totally |completely |absolutely |just )?(?:destroyed|wrecked|trashed|fried|shot|torn up|messed up|screwed up|fucked up|jacked up|ruined|a wreck|a mess)`),
    new RegExp(String.raw`(?:wrecked|wrecking|ruined|ruining|destroyed|destroying|trashed|fried|tore up|torn up|tearing up|messed up|messing up|screwed up|screwing up|fucked up|fucking up|jacked up|effed up|wreaked havoc on|wreaking havoc on|did a number on) (?:my|his|her) ${BODY}`),
  ],
};
