/**
 * A map bounded per tenant and in bytes, so one client's flood of distinct keys can only push out
 * that client's own keys: each tenant keeps at most `maxEntriesPerTenant` (oldest first out), and
 * when the whole map passes `maxBytes` the tenant holding the most bytes loses its oldest entry.
 * A client with few keys is never evicted by a client with many. Entries are in insertion order
 * per tenant (a JS Map), so "oldest" is the first one.
 */
export interface Sized {
  bytes: number;
}

export class TenantBoundedMap<V extends Sized> {
  private readonly tenants = new Map<string, { entries: Map<string, V>; bytes: number }>();
  private total = 0;

  private readonly options: { maxEntriesPerTenant: number; maxBytes: number; tenantOf: (key: string) => string };

  constructor(options: { maxEntriesPerTenant: number; maxBytes: number; tenantOf: (key: string) => string }) {
    this.options = options;
  }

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    let n = 0;
    for (const tenant of this.tenants.values()) n += tenant.entries.size;
    return n;
  }

  get(key: string): V | undefined {
    return this.tenants.get(this.options.tenantOf(key))?.entries.get(key);
  }

  delete(key: string): void {
    const name = this.options.tenantOf(key);
    const tenant = this.tenants.get(name);
    const entry = tenant?.entries.get(key);
    if (!tenant || !entry) return;
    tenant.entries.delete(key);
    tenant.bytes -= entry.bytes;
    this.total -= entry.bytes;
    if (tenant.entries.size === 0) this.tenants.delete(name);
  }

  /** Stores `value` as the tenant's newest entry, then evicts down to the bounds. */
  set(key: string, value: V): void {
    this.delete(key);
    const name = this.options.tenantOf(key);
    let tenant = this.tenants.get(name);
    if (!tenant) this.tenants.set(name, (tenant = { entries: new Map(), bytes: 0 }));
    tenant.entries.set(key, value);
    tenant.bytes += value.bytes;
    this.total += value.bytes;
    while (tenant.entries.size > this.options.maxEntriesPerTenant) this.evictOldest(name);
    while (this.total > this.options.maxBytes && this.tenants.size > 0) this.evictOldest(this.largestTenant());
  }

  clear(): void {
    this.tenants.clear();
    this.total = 0;
  }

  private largestTenant(): string {
    let largest = '';
    let most = -1;
    for (const [name, tenant] of this.tenants) {
      if (tenant.bytes > most) {
        most = tenant.bytes;
        largest = name;
      }
    }
    return largest;
  }

  private evictOldest(name: string): void {
    const oldest = this.tenants.get(name)?.entries.keys().next().value;
    if (oldest !== undefined) this.delete(oldest);
  }
}
