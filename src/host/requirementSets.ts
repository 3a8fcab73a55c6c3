// Which requirement sets each emulated Excel claims. `web` claims what Excel on the web
// supports today (ExcelApi 1.1-1.20), but the npm client's proxies stop around ExcelApi 1.15:
// a newer API is simply missing from the client, and an API the client has but the emulator
// does not implement answers ApiNotFound from the host. `desktop-2019` is Office 2019
// (volume licensed, ExcelApi 1.1-1.8 per Microsoft's table; we claim 1.7 as the brief's floor).
export type HostProfile = 'web' | 'desktop-2019';

const CLAIMS: Record<HostProfile, Record<string, string>> = {
  web: { ExcelApi: '1.20', ExcelApiOnline: '1.1', DelayForCellEdit: '1.1' },
  'desktop-2019': { ExcelApi: '1.7' },
};

function parseVersion(v: string | number | undefined | null): [number, number] {
  if (v === undefined || v === null || v === '') return [1, 1];
  const [major, minor = '0'] = String(v).split('.');
  return [Number(major) || 0, Number(minor) || 0];
}

/** Office.context.requirements.isSetSupported for a profile. */
export function isSetSupported(profile: HostProfile, name: string, version?: string | number): boolean {
  const claimed = CLAIMS[profile][name];
  if (!claimed) return false;
  const [a, b] = parseVersion(version);
  const [ca, cb] = parseVersion(claimed);
  return a < ca || (a === ca && b <= cb);
}

export function claimedSets(profile: HostProfile): Record<string, string> {
  return { ...CLAIMS[profile] };
}
