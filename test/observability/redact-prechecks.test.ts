import { describe, expect, it } from 'vitest';
import { DETECTORS, digitDotDigit, mayHoldUrl } from '../../src/observability/redact/detectors.ts';
import { redactPii } from '../../src/observability/redact.ts';

// Issue 15: cheap tests that skip a regex pass, or run a finder's cheap look-ups before its regexes. Each text
// below is one the skipped or reordered path must still reach: a gate that dropped it would change the mask.
const IPV4 = DETECTORS.find((d) => d.kind === 'ip' && d.re.source.includes('25[0-5]'))!;

describe('the IPv4 detector\u2019s pre-check (a digit, a dot, a digit)', () => {
  it('when a text holds a dotted address, then the pre-check lets it through and the address is masked', () => {
    expect(redactPii('the server at 10.0.0.1 logged my session')).toBe('the server at [IP] logged my session');
    expect(redactPii('my ip is 192.168.1.20.')).toBe('my ip is [IP].');
  });

  it('when a text has dots but none between two digits, then the pre-check turns it away', () => {
    for (const text of ['.1', '1.', 'a.b', '1 .2', 'end. 2 more', '.', '', 'v1.x and 2.']) expect(digitDotDigit(text), text).toBe(false);
    for (const text of ['1.2', 'dose 2.5 mg', 'a. b.1.2', '..1.1']) expect(digitDotDigit(text), text).toBe(true);
  });

  it('when the address regex matches anywhere in a text, then the pre-check holds for that text', () => {
    const pieces = ['1', '25', '255', '.', '..', ' ', 'a', '300', '0', '.1', '9.'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = next() % 12; k >= 0; k--) text += pieces[next() % pieces.length];
      IPV4.re.lastIndex = 0;
      if (IPV4.re.test(text)) expect(digitDotDigit(text), text).toBe(true);
    }
    IPV4.re.lastIndex = 0;
  });
});

describe('the name finders\u2019 cheap tests first', () => {
  it.each([
    // A name before a relation (name-subjects.ts relationAfter): after a "(", a comma, a blank or a tab.
    ['Phoenix (my kid) has a rash from the cream', '[NAME] (my kid) has a rash from the cream'],
    ['Ximena, my wife says the refill is late', '[NAME], my wife says the refill is late'],
    ['Ximena my wife says the refill is late', '[NAME] my wife says the refill is late'],
    ['grace\tis my caseworker and she calls', '[NAME]\tis my caseworker and she calls'],
    // A name opening a sentence before a deed (name-subjects.ts subjects).
    ['Raffaele said the refill is late', '[NAME] said the refill is late'],
    ['ok so Lavinia says it never came', 'ok so [NAME] says it never came'],
    // A listed first name before an errand (name-deeds.ts).
    ['Per our call, Caspian will pick up the Humira', 'Per our call, [NAME] will pick up the Humira'],
    // A name asked for in the past, in any case and with a tab (name-repeats.ts).
    ['Her Name Was Lakshmi and she helped me', 'Her Name Was [NAME] and she helped me'],
    ['his name\twas destiny i think', 'his name\twas [NAME] i think'],
    // Said again, beside "me and", before kin (name-repeats.ts).
    ['i told kevin about it then kevin transferred me', 'i told [NAME] about it then [NAME] transferred me'],
    ['I TOLD KEVIN ABOUT IT THEN KEVIN TRANSFERRED ME', 'I TOLD [NAME] ABOUT IT THEN [NAME] TRANSFERRED ME'],
    ['me and dawn we both take it', 'me and [NAME] we both take it'],
    ['winston my husband had the reaction', '[NAME] my husband had the reaction'],
  ])('when the text is %j, then it is masked as %j', (text, masked) => {
    expect(redactPii(text)).toBe(masked);
  });
});

describe('the detectors\u2019 other pre-checks', () => {
  it('when a text has no "/", then only "www." (any case) lets the web-address regex run', () => {
    expect(['www.a.com', 'WwW.x', 'go to WWW.example.org', '.www.'].map(mayHoldUrl)).toEqual([true, true, true, true]);
    expect(['ww.a.com', 'www', 'example.com', 'w.w.w.', 'www,'].map(mayHoldUrl)).toEqual([false, false, false, false, false]);
    expect(mayHoldUrl('see example.com/me')).toBe(true);
  });

  it('when random texts are tried, then mayHoldUrl answers as the hint regex it stands for', () => {
    const hint = /www\.|:\/\/|\.[a-z]{2,3}\//i;
    const pieces = ['w', 'W', 'ww', '.', '/', ':', 'com', 'a', ' ', 'x.'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = next() % 10; k >= 0; k--) text += pieces[next() % pieces.length];
      expect(mayHoldUrl(text), text).toBe(hint.test(text));
    }
  });

  it.each([
    ['visit www.careroute-example.com today', 'visit [URL] today'],
    ['go to WWW.example.org for it', 'go to [URL] for it'],
    ['see https://portal.example.com/me/123 please', 'see [URL] please'],
    // A value read out (four spoken digits in a row), tested after the pair every such run opens with.
    ['my member id is one two three four five six', 'my member id is [MEMBER_ID]'],
    ['call me at five five five, two zero one, eight eight nine zero', 'call me at [PHONE]'],
  ])('when the text is %j, then it is masked as %j', (text, masked) => {
    expect(redactPii(text)).toBe(masked);
  });
});

describe('the name finders\u2019 cue tests behind a look for their words', () => {
  it.each([
    ['Agent: Stellan (tier 2) took the call', 'Agent: [NAME] (tier 2) took the call'],
    ['Note: pt Ngozi-Ama Boateng requests a refill', 'Note: pt [NAME] requests a refill'],
    ['Note: pt=Ngozi Boateng requests a refill', 'Note: pt=[NAME] requests a refill'],
    ['the label says Gaspard Moreau not me', 'the label says [NAME] not me'],
    ['Thanks Rosheen for the help', 'Thanks [NAME] for the help'],
    ['ty Wilhelmina!', 'ty [NAME]!'],
    ['can you tell margarethe i got the refill', 'can you tell [NAME] i got the refill'],
    ['I gave Ines my card yesterday', 'I gave [NAME] my card yesterday'],
    ['Forwarding from Kasimir:\nthe pills made me sick', 'Forwarding from [NAME]:\nthe pills made me sick'],
  ])('when the text is %j, then it is masked as %j', (text, masked) => {
    expect(redactPii(text)).toBe(masked);
  });
});
