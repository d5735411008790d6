import { describe, expect, it } from 'vitest';
import { GATES } from '../../src/observability/redact/gate.ts';
import { findPii } from '../../src/observability/redact.ts';

// Texts a request redacts besides the message (decision_path entries, case facts), and messages with
// the cues the name finders' gated regexes read: one or more per cue family.
const TEXTS = [
  'evidence "does", "What", "pharmacy"',
  'safety guard: adverse_event [rash] -> safety_compliance (agrees with the classifier)',
  'unspecified (the new antibiotic)',
  'my name is Ana Ruiz and I need a refill',
  'Patient: Jorge Salas',
  'Kind regards,\nMarta Quint',
  'the account holder is ana ruiz',
  'a rep called tariq said it shipped',
  'this is mrs hall returning your call',
  'el pedido de nazario dice entregado',
  'calling about hope green',
  "it's me again, Wilhelmine.",
  'Thanks to Rosheen at your call centre',
  'mi hija se llama eligia',
  'please tell Verity Blessington the refill is ready',
  'I CALLED BRYNMOR TWICE',
];

describe('the name finders\u2019 gates', () => {
  it('when an ASCII text holds none of a gate\u2019s words, then its regex has no match in the text', () => {
    for (const { re, may } of GATES) {
      for (const text of [...TEXTS, ...TEXTS.map((t) => t.toLowerCase())]) {
        if (may(text)) continue;
        re.lastIndex = 0;
        expect(re.exec(text), `${re.source.slice(0, 40)} on ${text}`).toBeNull();
      }
      re.lastIndex = 0;
    }
  });

  it('when a text holds a character beyond ASCII, then every gate lets it through (case folding can reach ASCII letters)', () => {
    for (const { may } of GATES) expect(may('evidence "\u017Fo"')).toBe(true);
  });

  it('when the cues are there, then the names after them are still found', () => {
    const named = TEXTS.slice(3).filter((t) => findPii(t).some((s) => s.kind === 'name'));
    expect(named).toEqual(TEXTS.slice(3));
  });
});
