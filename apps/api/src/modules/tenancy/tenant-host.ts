/** The slug under which the ministry's own site is served (bo.<base domain>). */
export const MINISTRY_SLUG = 'bo';

/**
 * Finds the tenant slug a Host header names: `<slug>.<base>` is a department, the base domain
 * itself or `bo.<base>` is the ministry. Anything else (another domain, deeper subdomains, an
 * IP address) names no tenant.
 */
export function tenantSlugFromHost(host: string | undefined, baseDomain: string): string | null {
  if (!host) return null;

  const hostname = stripPort(host.trim().toLowerCase()).replace(/\.$/, '');
  if (hostname === baseDomain) return MINISTRY_SLUG;

  const suffix = `.${baseDomain}`;
  if (!hostname.endsWith(suffix)) return null;

  const label = hostname.slice(0, -suffix.length);
  return /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label) ? label : null;
}

function stripPort(host: string): string {
  if (host.startsWith('[')) return host;
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

/** The address of the ministry's site as seen from the host a request came to. */
export function ministryUrl(options: { scheme: string; baseDomain: string; requestHost?: string }) {
  const port = portOf(options.requestHost);
  return `${options.scheme}://${options.baseDomain}${port ? `:${port}` : ''}/`;
}

function portOf(host: string | undefined): string | null {
  const match = host?.match(/:(\d+)$/);
  return match?.[1] ?? null;
}
