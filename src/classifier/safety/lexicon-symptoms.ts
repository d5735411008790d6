import type { LexiconGroup } from './lexicon-types.ts';

/**
 * Symptoms and reactions in English, lay words and common misspellings included ("alergic", "swolen",
 * "diziness"). Specific reactions need an experience cue or a medication mention; complaints with many
 * everyday causes (fever, headache, tiredness) need a medication mention.
 */
export const SYMPTOMS_EN: LexiconGroup = {
  name: 'symptoms-en',
  kind: 'adverse_event',
  mode: 'symptom',
  needs: 'context',
  patterns: [
    // skin
    /hives?|hivey|welts?|rash(?:es|y)?|rashs|breaking out|broke out|broken out|break out|blisters?(?! packs?| cards?| packaging)|blister(?:ing|ed)|bumps|itch(?:y|ing|iness|es|ed)?|itchie|ichy|iching|scratching/,
    /peeling|flaking|red (?:spots|blotches|patches|bumps|streaks?|marks|welts)|blotch(?:es|y)|splotch\w*|sunburn(?:ed|t|s)?|(?:mouth |cold )?sores|ulcers?|white stuff on (?:my |his |her )?tongue|thrush/,
    /bruis(?:e|es|ed|ing)|brusing|bruizing|purple (?:spots|marks|bruise)|lump on|hard lumps?|bugs (?:are )?crawling|skin (?:is )?(?:burning|peeling|raw|crawling|red|hot)|(?:arm|leg|skin|face|injection site|shot site) (?:is |was |got |has been |looks |turned )?(?:\S+ )?(?:red|hot|warm|swollen|sore|numb|bruised|itchy|hard)(?! (?:sox|cross|tape|bull))/,
    // swelling
    /swell(?:ing|ed|s|en|in)?|sweling|sweeling|swolen|swollen|swolle|puff(?:y|ed up|iness)|puffed|inflamed|balloons?/,
    /throat (?:is |feels |got |getting |felt |was )?(?:\S+ )?(?:tight(?:en(?:ing|ed|s)?)?|swollen|swelling|itchy|scratchy|raw|weird)|tight throat|throat tightness|(?:trouble|difficulty|hard|pain) swallowing|hard to swallow|can'?t swallow|cant swallow/,
    /tongue (?:is |feels |got |was )?(?:swollen|swelling|thick|numb|tingl\w*)|thick tongue|eyes? (?:are |is )?swollen shut/,
    // dizziness, fainting
    /dizz?y|diz+i?ness|dizzyness|dizzines|dizy|light[- ]?headed(?:ness)?|lite headed|vertigo|(?:room|head) (?:is )?spinning|woozy|unsteady|off balance|losing (?:my |his |her )?balance|lost (?:my |his |her )?balance/,
    /faint(?:ed|ing|ish|y)?|feint(?:ed|ing)?|pass(?:ed|ing) out|pased out|pass out|black(?:ed|ing) out|blackout|lost consciousness|collaps(?:ed|ing|e)|(?:had a|almost|nearly|keeps?) fall(?:ing|en)?|fell (?:twice|down|over|and)|almost fell/,
    // stomach and gut
    /vomit(?:ing|ed|s|ting)?|vommit\w*|throw(?:ing)? up|threw up|throwin up|puk(?:e|ed|es|ing)|nause(?:a|ous|ated|ousness)|nausious|nauseus|nausia|queasy|sick to (?:my|his|her) stomach|can'?t keep (?:anything|food|water|it) down/,
    /diarr?h?o?ea|diarrhea|diarhea|diarrea|diahrea|diarreah|diarrhia|diarreha|the runs|loose stools?|watery stools?|constipat(?:ed|ion)|no bm|bloat(?:ed|ing)|heartburn|acid reflux|cramp(?:s|ing|y)/,
    /(?:stomach|tummy|belly|abdominal|abdomen|gut) (?:pain|ache|aches|cramps?|cramping|upset|issues|problems|is killing me|hurts|bleeding|is (?:huge|hard|swollen))|stomach ?ache|tummy ?ache|killing my (?:stomach|head|back|legs|joints|chest|gut)/,
    /black (?:tarry )?stools?|tarry stools?|blood in (?:my |his |her |the )?(?:urine|stool|stools|pee|poop|vomit|it)|bloody (?:stools?|diarrhea|urine|nose)|coughing up (?:\S+ )?blood|(?:peed|peeing|pooping) blood/,
    // heart, breathing
    /chest (?:pain|pains|tightness|pressure|hurts|is tight|feels tight|gets tight|burning)|burning in (?:my |his |her )?chest|palpitat\w*|palpatations?|tachycardia|skipp(?:ing|ed) beats|(?:irregular|rapid|fast|racing|pounding) (?:heart ?beat|heart|pulse)/,
    /heart(?:'s| is| was| keeps| has been| started| kept)? (?:\S+ )?(?:racing|raced|races|pounding|pounded|fluttering|flutter|skipping|skipped|beating (?:fast|weird|funny|irregular|hard|super fast|so fast)|going crazy|doing something weird|feels weird)/,
    /heart (?:race|races|pound|pounds|flutter|flutters|skip|skips)|hands? (?:shake|shakes|shaking|tremble|trembles)|(?:pulse|heart rate|heartrate) (?:is |was |has been |went |dropped |keeps )?(?:\S+ )?(?:\d{2,3}|low|high|slow|fast|forty|thirty|fifty|in the \d0s)/,
    /short(?:ness)? of breath|out of breath|trouble breathing|difficulty breathing|hard to breathe|struggling to breathe|breathing (?:is |really |kind of |so )?(?:fast|slow|shallow|weird|heavy|hard)|wheez(?:e|ing|y)|can'?t catch (?:my|his|her) breath/,
    // nerves and mind
    /seizures?|siezures?|seisures?|convuls(?:ion|ions|ing|ed)|shaking episode|tremors?|trembl(?:ing|e|es|y)|shak(?:y|ing|es|iness)|the shakes|twitch(?:ing|es|y)|jerking/,
    /numb(?:ness)?|numbess|tingl(?:e|es|ing|y|in)|pins and needles|can'?t feel (?:my|his|her)|(?:electric|brain) (?:shocks?|zaps?)|zaps/,
    /hallucinat\w*|halucinat\w*|seeing things|hearing (?:voices|things)|see things|people who aren'?t there|things that aren'?t there/,
    /slurr(?:ed|ing)|memory (?:loss|problems|issues|is worse)|can'?t remember (?:stuff|things|anything)|foggy|brain fog|drooping|droopy|paraly[sz]\w*|stumbl\w*|sleepwalk\w*|blanked out|zoned out|falling asleep|(?:fell|fall|falls) asleep (?:at (?:my desk|work|the wheel)|while driving|driving)|nodding off|almost crashed/,
    /agitat(?:ed|ion)|irritable|mood swings|moody|paranoi\w*|aggressi(?:ve|on)|depressed|crying all the time|can'?t stop crying|racing thoughts|nightmares|(?:bad|vivid|weird|insane|crazy) dreams|panic attacks?|acting (?:weird|strange|different|totally different|crazy)|(?:like )?a different person/,
    // eyes, ears, colour
    /blurr?(?:y|ed|iness)|blury|double vision|seeing double|vision (?:is |went |got |has gotten )?(?:\S+ )?(?:blurry|blurred|double|dark|changes|problems|loss|weird)|can'?t see(?! (?:my|the|your|it|where|how|what|why|if|a|an|which|when|any ?one)(?![a-z]))|lost (?:my )?vision|flashing lights|dark patch|eye pain|eyes? (?:is|are|feels?|r) (?:\S+ )?(?:red|watery|burning|irritated)|ringing in (?:my |his |her )?ears|tinnitus|hearing loss/,
    /hair (?:loss|is falling out|falling out|coming out|thinning)|losing (?:my |his |her )?hair|bald spots?|jaundice\w*|yellow(?:ing|ish)? (?:skin|eyes)|(?:skin|eyes) (?:\S+ ){0,3}?yellow|look(?:s)? gray|turning (?:gray|grey|pale)|pale and/,
    /dark (?:urine|pee)|(?:pee|peeing|urine) (?:\S+ ){0,2}?(?:dark|brown|red|pink|cola)|peeing (?:constantly|a lot|all the time)|can'?t pee|haven'?t peed|trouble (?:peeing|urinating)|kidney (?:pain|problems|damage)/,
    /bleed(?:ing|s)?|bled|nose ?bleeds?|spotting|heavy (?:period|bleeding)|period (?:\S+ )?(?:hasn'?t|hasnt|won'?t|wont|didn'?t) stop(?:ped)?/,
    /muscle (?:pain|pains|aches?|cramps?|weakness|spasms?)|muscles? (?:hurt|ache|are sore)|body aches?|joint pain|leg (?:pain|cramps?|aches?)|legs? (?:ache|aches|hurt|hurts|are weak|feel weak)|jaw pain|can'?t (?:climb|lift|walk)|rhabdo\w*/,
    /low (?:blood )?sugars?|(?:sugar|glucose|blood sugar) (?:is |was |went |has been |dropped |crashed |running |keeps |kept )?(?:really |so |very |way |only )?(?:low|dropped|crashed|crashing|dropping|\d{2,3})|hypoglyc\w*|went low|got low|ketones/,
  ],
};

/** Everyday complaints: they count only when a medication, shot or device is mentioned too. */
export const COMPLAINTS_EN: LexiconGroup = {
  name: 'complaints-en',
  kind: 'adverse_event',
  mode: 'symptom',
  needs: 'medication',
  patterns: [
    /headaches?|head ?aches?|migraines?|head (?:hurts|is pounding|pounding|is buzzing|buzzing)|pounding head/,
    /hurt(?:s|ing)?(?! (?:my|his|her|their|your) feelings| less)|pain(?:ful|s)?|ach(?:e|es|ing|y)|sore(?:ness)?|burn(?:s|ing|ed|t)?|sting(?:s|ing)|itch|infections? (?:\S+ )?(?:keeps?|spreading|again)|keep getting infections|pneumonia|contractions|cramping/,
    /(?<!yellow )fever(?:ish|s)?(?! (?:vaccine|shot))|feaver|temp(?:erature)? of|chills|sweat(?:s|ing|y)|night sweats|hot flashes|flush(?:ed|ing)|cough(?:ing|s)?|coughin|congest(?:ed|ion)|runny nose/,
    /dry mouth|metallic taste|lost (?:my )?(?:sense of )?(?:taste|smell)|taste (?:is )?(?:weird|metallic|funny)|thirsty|dehydrat\w*|no appetite|hasn'?t eaten|weight gain|gained \d+|lost \d+ (?:lbs|pounds)|yeast infections?/,
    /weak(?:ness)?|fatigue\w*|exhausted|exhaustion|tired(?! of)|sleepy|drowsy|drowsiness|groggy|lethargic|sluggish|listless|wiped out|doped up|(?:no|zero) energy|can barely get (?:up|out of bed)|can'?t get out of bed|couldn'?t get out of bed/,
    // patients' review words ("Decreased libido", "Inability to reach orgasm"): with a medicine or in a list of side effects
    /upset stomach|stomach upset|sexual (?:dysfunction|disfunction|problems)|(?:decreased|low|lower|reduced|loss of|lost|no) (?:sex drive|libido|sexual (?:desire|interest|function))(?! (?:issues?|problems?|changes?|side effects?))|impoten(?:ce|t)|erectile dysfunction|(?:inability|unable|can'?t|cannot|couldn'?t|could not|could no longer) (?:to )?(?:reach )?(?:orgasm|climax|ejaculate|have (?:an )?orgasms?)|lethargy|apathy|yawning|jitter(?:y|iness|s)|emotional blunting|(?:bad|terrible|awful|severe) withdrawals?|withdrawal (?:symptoms|effects)|(?:loss of|lost (?:my )?|decreased|reduced|poor|increased) appetite|appetite (?:loss|changes?)/,
    // the side effects drug labels list, in patients' words: with a medicine or in a statement of symptoms only
    /dry(?:ness of (?:the )?)? skin|(?:skin|scalp) (?:dryness|drying|irritation|thinning|sensitivity|discolou?ration)|dryness|drying|irritation|redness|acne|breakouts?|pimples|(?:photo|sun ?|light )sensitivity|sensitiv(?:e|ity) to (?:the )?(?:sun|sunlight|light|noise|sound)/,
    /(?:stomach|gastric|abdominal|digestive|gi|bowel|intestinal) (?:discomfort|irritation|distress|problems|issues|troubles?)|indigestion|flatulence|belching|burping|oily (?:stools?|discharge)|(?:bitter|bad|nasty|strange|funny|weird|awful|horrible) taste|taste in (?:my |the )?mouth|dry eyes|thirst(?:y|iness)?|(?:frequent|increased|excessive) urination|incontinence/,
    /irritability|moodiness|mood changes|grogg(?:y|iness)|drowsy|drowsiness|drowzy|drowziness|droziness|drooziness|sedat(?:ed|ion)|hung ?over feeling|zombie|spac(?:ey|ed out)|restless(?:ness)?|(?:vivid|strange|bizarre|weird) dreams|emotional(?:ly)? (?:numb|flat|blunted)|forgetful(?:ness)?|(?:poor|difficulty|trouble) (?:concentrating|concentration|focusing)|(?:cognitive|memory) (?:problems|deficits|impairment)|neuropathy|brain fog/,
    /(?:increased|rapid|high|elevated) (?:heart ?rate|pulse)|(?:low|high) blood pressure|hypotension|hypertension|edema|oedema|(?:water|fluid) retention|weight (?:gain|loss)|gained weight|(?:put|putting) on weight|belly fat|(?:increased|huge|big) appetite|cravings|(?:elevated|high|raised|abnormal) (?:liver|cholesterol|enzymes|triglycerides)|liver (?:damage|problems|enzymes)|damaged (?:liver|kidneys?)|c\.? ?diff(?:icile)?(?![a-z])/,
    /(?:decreased|reduced|low|loss of) (?:sexual )?(?:desire|performance|arousal)|delayed (?:orgasm|ejaculation|climax)|vaginal dryness|breast (?:tenderness|pain|swelling|soreness)|(?:irregular|missed|heavier) periods|breakthrough bleeding|(?:muscle|joint) (?:stiffness|twitching|weakness)|stiff(?:ness| neck| joints| muscles)|malaise|flu[- ]like (?:symptoms|feeling)|feeling (?:drugged|spacey|off|unwell)/,
    /tiredness|fatique|tenderness|discomfort|dry (?:lips|eyes|nose|throat|scalp)|red (?:skin|face|cheeks)|amnesia|eczema|rosacea|dermatitis|(?:gain|gaining) weight|weight went up|sweat(?:ed)? (?:a lot|more|excessively|profusely)|hair (?:growth|thinning)|colapsed|out of sorts/,
    // more of the side effects patients write in reviews ("Loss of energy.", "stomach slightly upset", "Thinning of the skin")
    /decrease (?:in|of) (?:sexual |sex )?(?:desire|drive|performance|libido)|(?:my )?appetite (?:increases|increased|went up|is up|doubled)|(?:loss|decrease) in bone density|joints? (?:appeared to |seemed to |would |started to |began to )?lock(?:ed|ing)?(?:\sup)?(?![a-z])|(?:clicking|ringing|buzzing) (?:sounds? |noises? )?in (?:my |the )?(?:ears?|eras)|tinnitus/,
    /(?:drug|medication|medicine|meds?|pills?|it|this) (?:\S+ )?(?:effected|affected|damaged|harmed) (?:my|his|her)|affected by (?:this|the|that) (?:drug|medication|medicine|med|pill)|(?:stomach|gastric) irritations|put on (?:a bit of |some |a lot of |a little |a little bit of )?weight|(?:constantly|always) going to the bathroom|lash(?:ed|ing)? out|became (?:very |so |really |extremely )?pale/,
    /(?:stomach|tummy) (?:\S+ )?upset|upset (?:my|his|her|the) stomach|(?:loss|lack) of (?:energy|appetite|libido|limbido|interest in sex|coordination|balance|bone density|hair)|low energy|insatiable (?:hunger|appetite)|(?:increase|increased) (?:in )?(?:appetite|hunger|heart rate)|dilated pupils|(?:thinning|reddening|thickening|darkening|discolou?ring) of (?:the )?(?:skin|area|hair|nails)/,
    /(?:dry|dried|dries|drying) out (?:my |the |his |her )?(?:skin|lips|mouth|eyes)|(?:skin|lips|mouth|eyes) (?:\S+ ){0,3}?(?:too |very |so |really |extremely )?dry(?![a-z])|(?:severely|very|extremely|really) dry|flaky skin|hyperpigmentation|bowel (?:disturbance|problems|changes|irregularity)|(?:difference|change|changes) in (?:my )?bowel (?:motions|movements|habits)|(?:don'?t|never|didn'?t|do not|did not) (?:get|feel) hungry|myoclonic|muscle jerks|atroph(?:y|ied)|osteopenia|osteoporosis/,
    /(?:difficult|difficulty|hard|trouble|problems?) (?:to |in |with )?(?:fall(?:ing)? asleep|wak(?:e|ing) up|get(?:ting)? up in the morning|reach(?:ing)? (?:an )?(?:orgasm|climax)|climax(?:ing)?|urinat\w*)|waking (?:up )?(?:too )?early|(?:could not|couldn'?t|can'?t|cannot) remember(?! (?:(?:my|the|our|your|which|what) )?(?:\w+ )?(?:password|passcode|pass code|pin|user ?(?:id|name)|log ?in|login|e-?mail|security (?:question|answer)|account number|policy number|member (?:id|number)|card number|details))|coordination problems|(?:damaged|damaging|damages|hurt|ruined|destroyed|fried) (?:my|his|her|their) (?:kidneys?|liver|heart|lungs?|stomach|eyes?|hearing|teeth|nerves?|bones?)|(?:liver|kidney) function (?:tests? )?(?:\S+ ){0,3}?(?:elevated|high|abnormal|raised|up)|moodier|(?:erectile|sexual) function (?:\S+ ){0,3}?affected|change in (?:my )?voice/,
    // consumers' words for what a medicine did (tweets, forum posts): with a medicine only
    /(?:feel|feeling|felt|so|really|very|emotionally) flat\b|emotionless|(?:more|so|really|very|super|extra|constantly|always) anxious(?! (?:about|to|for|that|if|whether|over))|anxious all (?:the )?(?:time|day)|mood swings?|knock(?:s|ed|ing)? (?:me|him|her|them) out|knocked out for|the spins|can'?t (?:focus|concentrate)|(?:lost|losing) (?:so much |a lot of |too much |all this )?weight|(?<!cash |atm |money |bank )withdrawals?\b(?! (?:from|of) (?:nicotine|smoking|cigarettes|alcohol|caffeine|coffee))|(?:so|feel|feeling|felt|me|totally|super) wired|jumpy|on edge|loopy|cotton ?mouth|(?:a|the|sleep|morning|drug|med) hangover|night terrors|stutter(?:ing|s)?|(?:teeth|jaw) (?:grinding|clenching)|(?:grind|grinding|clench|clenching) (?:my )?(?:teeth|jaw)|moon face|(?:my )?period (?:stopped|went away|disappeared)|(?:became|become|becoming|got|get|getting|am|i'm|im|was|were|been|is|he's|she's) addicted/,
    /insomnia|can'?t sleep|cannot sleep|couldn'?t sleep|unable to sleep|trouble sleeping|not sleeping|haven'?t slept|hasn'?t slept|sleepless|no sleep|up all night/,
    /anxiety(?! (?:about|over))|confus(?:ed|ion)(?! (?:about|by|with|as to|on|regarding|why|what|how|whether|if|over|though|because|as))|disoriented|depression|erections?|problems in the bedroom|sex drive|libido|(?:blood pressure|bp|pressure)(?: readings?)? (?:(?!med|pill)\S+ ){0,3}?(?:high|low|dropped|spiked|shot up|crashed|\d{3})|\d{2,3} over \d{2,3}/,
  ],
};

/** Words that are general by nature: they need an experience cue or an intensifier ("bad side effects"). */
export const REACTION_WORDS_EN: LexiconGroup = {
  name: 'reaction-words-en',
  kind: 'adverse_event',
  mode: 'symptom',
  needs: 'cue',
  patterns: [
    /side ?effects?|side ?affects?|sideeffects|side-effects|reactions?|reacion|reaccion|raction|symptoms?/,
    /allerg(?:ic|y)(?! (?:to|medicine|meds|medication|shots?|pills?|season|list|info|profile|testing|tests?|clinic|doctor))|alerg(?:ic|y)(?! to)/,
    /(?:problems?|issues?|trouble) (?:with|from|on) (?:the|my|his|her|this|these) (?:new )?(?:med|meds|medication|medicine|pills?|shot|vaccine|dose|generic|drug|patch|injection)/,
  ],
};
