import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPii, findPiiByRules, redactPii } from '../../src/observability/redact.ts';
import { TAGGER_FILE, namesByTagger, parseTagger } from '../../src/observability/redact/name-tagger.ts';
import { tokenize } from '../../src/observability/redact/spoken-names.ts';

const names = (find: typeof findPii, text: string) => find(text).filter((s) => s.kind === 'name').map((s) => text.slice(s.start, s.end));
const tagged = (text: string) => namesByTagger(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('the learned name tagger', () => {
  it('when the artifact is read, then it is a small model with a threshold from cross-validation', () => {
    const model = parseTagger(readFileSync(TAGGER_FILE, 'utf8'));
    expect(Number.isFinite(model.threshold)).toBe(true);
    expect(model.weights.size).toBeGreaterThan(1000);
    expect(statSync(TAGGER_FILE).size).toBeLessThan(5 << 20);
  });

  it.each([
    ['It was just that Crosby never picked up the Lyrica.', 'Crosby', 'Lyrica'],
    ['yea tanner already picked it up', 'tanner', 'picked'],
    ['was george with you when the Tramadol came?', 'george', 'Tramadol'],
  ])('when a name stands with no cue the rules read ("%s"), then the tagger masks it and the rest stays', (text, name, kept) => {
    expect(names(findPiiByRules, text)).toEqual([]);
    expect(names(findPii, text)).toEqual([name]);
    expect(redactPii(text)).toContain(kept);
  });

  it.each([
    ['Dr. Samuel Okafor prescribed Tramadol 50 mg twice a day.', ['Samuel', 'Okafor', 'Tramadol', '50 mg']],
    ['dr patel said take 2 at 9 pm with the Lyrica', ['patel', 'Lyrica', 'take 2 at 9 pm']],
    ['Please transfer it to the Marion store, I moved to Tyler last month.', ['Marion', 'Tyler']],
    ['The Johnson and Johnson vaccine gave me a rash.', ['Johnson and Johnson']],
    ["My mother has Parkinson's and takes carbidopa.", ["Parkinson's", 'carbidopa']],
    ['I need a ride from Craig and Center to the hospital.', ['Craig and Center']],
    ['Klein Family Practice sent it over; Dr. Klein wants a call back.', ['Klein Family Practice', 'Dr. Klein']],
    ['Renewed the Allegra and the Humira, sim bee cort too.', ['Allegra', 'Humira', 'sim bee cort']],
    ['She woke up with a charlie horse after the Lipitor, so I tried willow bark tea.', ['charlie horse', 'Lipitor', 'willow bark']],
    ['Are there special precautions about Icosapent Ethyl?', ['Icosapent Ethyl']],
  ])('when "%s" names a clinician, a town, a medicine or a firm, then the tagger masks none of it', (text, kept) => {
    expect(tagged(text)).toEqual([]);
    for (const words of kept) expect(redactPii(text)).toContain(words);
  });

  const snapshot = join('/work/.mirror', 'GateNLP+broad_twitter_corpus', 'repo');
  it.skipIf(!existsSync(snapshot))(
    'when the tagger is trained again from the snapshots, then the artifact is rebuilt byte for byte',
    () => {
      const out = execFileSync(process.execPath, [join(import.meta.dirname, '../../scripts/pii/train-name-tagger.ts'), '--check'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      expect(out).toContain('rebuilt byte for byte');
    },
    600_000,
  );
});
