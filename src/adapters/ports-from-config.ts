import type { Config } from '../config.ts';
import type { Compliance } from '../ports/compliance.ts';
import type { KnowledgeBase } from '../ports/knowledge-base.ts';
import type { Ticketing } from '../ports/ticketing.ts';
import { createEmbeddedCompliance } from './embedded/compliance.ts';
import { createEmbeddedKnowledgeBase } from './embedded/knowledge-base.ts';
import { createEmbeddedTicketing } from './embedded/ticketing.ts';
import { createHttpCompliance } from './http/compliance.ts';
import { createHttpKnowledgeBase } from './http/knowledge-base.ts';
import { createHttpTicketing } from './http/ticketing.ts';

export interface Ports {
  knowledgeBase: KnowledgeBase;
  ticketing: Ticketing;
  compliance: Compliance;
}

export interface PortsWithLifecycle extends Ports {
  kinds: Record<keyof Ports, 'embedded' | 'http'>;
  close(): Promise<void>;
}

/** Each port: its HTTP adapter when its URL is configured, the embedded implementation otherwise. */
export function createPortsFromConfig(config: Config, overrides: Partial<Ports> = {}): PortsWithLifecycle {
  const closers: Array<() => Promise<void>> = [];
  const kinds = { knowledgeBase: 'embedded', ticketing: 'embedded', compliance: 'embedded' } as PortsWithLifecycle['kinds'];
  const timeout = config.ADAPTER_TIMEOUT_MS;

  /** An override (tests) wins; then the HTTP adapter when its URL is set; else the embedded default. */
  function choose<K extends keyof Ports>(
    name: K,
    url: string | undefined,
    http: (url: string, timeoutMs: number) => Ports[K] & { close(): Promise<void> },
    embedded: () => Ports[K],
  ): Ports[K] {
    const override = overrides[name];
    if (override) return override;
    if (!url) return embedded();
    const adapter = http(url, timeout);
    closers.push(adapter.close);
    kinds[name] = 'http';
    return adapter;
  }

  return {
    knowledgeBase: choose('knowledgeBase', config.KB_URL, createHttpKnowledgeBase, createEmbeddedKnowledgeBase),
    ticketing: choose('ticketing', config.TICKETING_URL, createHttpTicketing, createEmbeddedTicketing),
    compliance: choose('compliance', config.COMPLIANCE_URL, createHttpCompliance, createEmbeddedCompliance),
    kinds,
    close: async () => {
      await Promise.allSettled(closers.map((close) => close()));
    },
  };
}
