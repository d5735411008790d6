/**
 * Regex fragments for how a voice transcript (or a careful writer) says numbers, dates, e-mail and web
 * addresses: "march fourteenth nineteen sixty two", "john dot smith at gmail dot com". Bounded
 * alternations only, so no pattern backtracks super-linearly.
 */
const raw = String.raw;
const alt = (words: string) => words.trim().split(/\s+/).join('|');

const UNIT_WORD = alt('one two three four five six seven eight nine');
const TEEN_WORD = alt('ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen');
const TENS_WORD = alt('twenty thirty forty fifty sixty seventy eighty ninety');
const ORD_UNIT = alt('first second third fourth fifth sixth seventh eighth ninth');
const ORD_OTHER = alt('tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth');

/** 1..99 in words: "seven", "fourteen", "sixty two", "sixty-two". */
export const UNDER_100 = raw`(?:(?:${TENS_WORD})(?:[\s-](?:${UNIT_WORD}))?|${TEEN_WORD}|${UNIT_WORD})`;
/** A number said as words or digits, any length: "forty two", "sixteen hundred", "three one four five". */
export const NUMBER_WORD = raw`(?:zero|oh|${UNIT_WORD}|${TEEN_WORD}|${TENS_WORD}|hundred|thousand)`;
const DAY_WORD = raw`(?:(?:twenty|thirty)[\s-](?:${ORD_UNIT})|${ORD_OTHER}|${ORD_UNIT}|${UNDER_100})`;
const YEAR_WORD = raw`(?:(?:nineteen|twenty)\s+(?:oh\s+(?:${UNIT_WORD})|${UNDER_100})|two\s+thousand(?:\s+and)?(?:\s+${UNDER_100})?|${UNDER_100}|oh\s+(?:${UNIT_WORD}))`;

const MONTH = raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?`;
const ES_MONTH = raw`(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre)(?![a-z])`;
const DAY = raw`(?:\d{1,2}(?:st|nd|rd|th)?(?![\d:])|${DAY_WORD})`;
const YEAR = raw`(?:\d{4}|'\d{2}|${YEAR_WORD})`;
const ES_UNIT = alt('uno dos tres cuatro cinco seis siete ocho nueve');
const ES_DAY = raw`(?:\d{1,2}|primero|${alt('diez once doce trece catorce quince dieciséis dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintidos veintitrés veintitres veinticuatro veinticinco veintiséis veintiseis veintisiete veintiocho veintinueve treinta')}|treinta\s+y\s+uno|${ES_UNIT})`;
const ES_YEAR = raw`(?:\d{4}|(?:mil\s+novecientos|dos\s+mil)(?:\s+(?:(?:${alt('treinta cuarenta cincuenta sesenta setenta ochenta noventa')})(?:\s+y\s+(?:${ES_UNIT}))?|${alt('diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco')}|${ES_UNIT}))?)`;

/** Dates written or said, English and Spanish; only ever used after a birth cue or next to a name. */
export const DATE = [
  raw`\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?!\d)`,
  raw`\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}(?!\d)`,
  raw`${MONTH}\s+${DAY}(?:,?\s+${YEAR})?(?![a-z\d])`,
  raw`(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH},?(?:\s+${YEAR})?(?![a-z\d])`,
  raw`(?:el\s+)?${ES_DAY}\s+de\s+${ES_MONTH}(?:\s+del?\s+${ES_YEAR})?(?!\d)`,
  // "three fourteen sixty two": month, day and year as numbers.
  raw`(?:${UNDER_100})\s+(?:${DAY_WORD})\s+(?:${YEAR_WORD})(?![a-z\d])`,
].join('|');

/** A value read out: single letters then digits said one by one ("x j h one two three four"). */
export const SPOKEN_DIGIT = raw`(?:(?:double|triple)\s+)?(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|\d{1,4})\b`;
export const SPOKEN_ID = raw`(?:[a-z]\s+){0,4}${SPOKEN_DIGIT}(?:[\s,.\-]+${SPOKEN_DIGIT}){3,}`;

const TLD = alt('com net org edu gov es mx me io co us uk info biz');
// Words that start no e-mail address: the cue before it, fillers and function words.
const NOT_LOCAL = raw`(?!(?:${alt('at is me my to remove update change email e mail address correo es a an the or and contact receipt send account portal i its it please thanks yes hi hello um uh so mi el la de en y o me escríbanme escribanme')})\b)`;
const LOCAL_WORD = raw`${NOT_LOCAL}[a-z0-9]+`;
const SEP = raw`(?:\s+(?:dot|underscore|dash|hyphen|punto|guion(?:\s+bajo)?)\s+|\s+)`;
/** "john dot smith at gmail dot com", "maria lopez arroba hotmail punto com". */
export const SPOKEN_EMAIL = new RegExp(raw`\b${LOCAL_WORD}(?:${SEP}${LOCAL_WORD}){0,4}\s+(?:at|arroba)\s+[a-z0-9]+(?:\s+(?:dot|punto)\s+[a-z0-9]+){0,2}\s+(?:dot|punto)\s+(?:${TLD})\b(?!\s+(?:slash|barra)\b)`, 'gi');
/** "facebook dot com slash maria dot lopez62". */
export const SPOKEN_URL = new RegExp(raw`\b[a-z0-9]+(?:\s+(?:dot|punto)\s+[a-z0-9]+){0,2}\s+(?:dot|punto)\s+(?:${TLD})(?:\s+(?:slash|barra)\s+[a-z0-9]+(?:\s+(?:dot|underscore|dash)\s+[a-z0-9]+){0,3})+`, 'gi');
