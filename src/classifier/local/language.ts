/**
 * A small language guess for routing and reporting (not for classification): scripts first
 * (Han -> zh, Vietnamese letters -> vi), then counts of frequent function words. Returns 'und'
 * when nothing stands out, which is the honest answer for "ok", "refill?" or "👍".
 */
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'is', 'my', 'i', 'you', 'to', 'of', 'for', 'it', 'have', 'can', 'what', 'do', 'with', 'this', 'please', 'not', 'hi', 'thanks', 'need', 'how', 'when', 'are', 'was', 'your', 'me', 'im', 'dont', 'just', 'since', 'hello', 'does', 'will', 'get', 'would', 'could', 'there', "i'm", "i'd", "i've", "i'll", 'at', 'that', 'be', 'we', 'from', 'want', 'like', 'or', 'if'],
  es: ['el', 'los', 'las', 'que', 'y', 'mi', 'mis', 'por', 'para', 'con', 'es', 'una', 'del', 'al', 'está', 'esta', 'tengo', 'hola', 'gracias', 'necesito', 'quiero', 'puedo', 'cuando', 'desde', 'pero', 'muy', 'su', 'tiene', 'cómo', 'como', 'qué', 'sus', 'hay', 'estoy', 'receta', 'medicamento', 'usted', 'buenos', 'días', 'también', 'ya'],
  pt: ['os', 'meu', 'minha', 'não', 'nao', 'com', 'uma', 'um', 'do', 'da', 'você', 'voce', 'obrigado', 'obrigada', 'tenho', 'preciso', 'quero', 'remédio', 'receita', 'farmácia', 'estou', 'isso', 'então', 'mas', 'muito', 'é', 'ao', 'em', 'dos', 'das', 'olá', 'oi', 'bom', 'dia', 'tô', 'pra'],
  fr: ['le', 'les', 'des', 'et', 'je', 'mon', 'ma', 'mes', 'ne', 'pas', 'pour', 'avec', 'une', 'est', 'bonjour', 'merci', 'médicament', 'ordonnance', 'pharmacie', 'depuis', 'ai', 'suis', 'vous', 'nous', 'mais', 'au', 'du', 'il', 'elle', 'qui', 'cest', "c'est", "j'ai", 'jai', 'votre', 'très'],
  tl: ['ang', 'ng', 'mga', 'sa', 'ko', 'ako', 'po', 'at', 'ay', 'hindi', 'ba', 'kung', 'gamot', 'salamat', 'paano', 'yung', 'naman', 'lang', 'kasi', 'ito', 'ano', 'may', 'wala', 'akin', 'ninyo', 'niyo', 'opo', 'pa', 'siya', 'nag', 'magandang'],
  vi: ['tôi', 'không', 'của', 'thuốc', 'và', 'có', 'là', 'được', 'cho', 'bị', 'một', 'này', 'với', 'xin', 'cảm', 'ơn', 'em', 'anh', 'chị'],
};
const LANGUAGES = Object.keys(STOPWORDS);
// Each function word's languages, as indexes into LANGUAGES: counted into an array, not a record by name.
const LOOKUP = new Map<string, number[]>();
LANGUAGES.forEach((lang, index) => {
  for (const w of STOPWORDS[lang]!) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), index]);
});
const ES = LANGUAGES.indexOf('es');
const PT = LANGUAGES.indexOf('pt');
const FR = LANGUAGES.indexOf('fr');

const HAN = /\p{Script=Han}/gu;
const KANA_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Letters only Vietnamese uses among the languages we guess.
const VIETNAMESE = /[ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const WORD = /[\p{L}']+/gu;
const LETTER = /\p{L}/u;
const NON_ASCII = /[^\u0000-\u007f]/;

/** The number of letters (code points of \p{L}) in `text`, without an array of them: ASCII by range, the rest by the regex. */
function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) n++;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (LETTER.test(String.fromCodePoint(point))) n++;
  }
  return n;
}

export function detectLanguage(text: string): string {
  const lower = text.toLowerCase();
  // Kana, Hangul, Han, Vietnamese letters, ñ ¿ ¡ ã õ ç and French accents are all beyond ASCII.
  const ascii = !NON_ASCII.test(lower);
  if (!ascii && KANA_HANGUL.test(lower)) return 'und';
  const letters = countLetters(lower);
  if (letters === 0) return 'und';
  if (!ascii && (lower.match(HAN)?.length ?? 0) / letters > 0.3) return 'zh';
  if (!ascii && (lower.match(VIETNAMESE)?.length ?? 0) >= 2) return 'vi';
  const score = [0, 0, 0, 0, 0, 0];
  for (const word of lower.match(WORD) ?? []) {
    const langs = LOOKUP.get(word.includes('’') ? word.replace(/’/g, "'") : word);
    if (langs !== undefined) for (let k = 0; k < langs.length; k++) score[langs[k]!]! += 1;
  }
  if (!ascii && /[ñ¿¡]/.test(lower)) score[ES]! += 2;
  if (!ascii && /[ãõ]|ção|ções/.test(lower)) score[PT]! += 2;
  if (/[èêëîïûœ]|\b[jcdlnq]'/.test(lower)) score[FR]! += 1;
  // The language with the most points; none (all 0) or a tie for the most is no answer.
  let best = 0;
  let tied = false;
  for (let k = 1; k < score.length; k++) {
    if (score[k]! > score[best]!) {
      best = k;
      tied = false;
    } else if (score[k] === score[best]) tied = true;
  }
  return score[best] === 0 || tied ? 'und' : LANGUAGES[best]!;
}
