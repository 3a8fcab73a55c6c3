// A minimal `Office` for pages and tests where office.js (the loader) has not initialised
// Office: onReady, context.displayLanguage, context.requirements.isSetSupported, HostType,
// PlatformType. The Excel client defines a partial `Office` whose `context` is a read-only
// getter, so the stand-in is a new object that inherits from whatever `Office` was there
// (its enums stay reachable) and is put back on uninstall.
import { isSetSupported, type HostProfile } from './requirementSets';

type Bag = Record<string, unknown>;

export const HOST_TYPE = {
  Excel: 'Excel',
  Word: 'Word',
  PowerPoint: 'PowerPoint',
  Outlook: 'Outlook',
  OneNote: 'OneNote',
  Project: 'Project',
  Access: 'Access',
};
export const PLATFORM_TYPE = {
  PC: 'PC',
  OfficeOnline: 'OfficeOnline',
  Mac: 'Mac',
  iOS: 'iOS',
  Android: 'Android',
  Universal: 'Universal',
};

export function installOfficeStandIn(target: Bag, profile: HostProfile, displayLanguage: string): () => void {
  const hadOffice = Object.prototype.hasOwnProperty.call(target, 'Office');
  const previous = target.Office as object | undefined;
  const platform = profile === 'web' ? PLATFORM_TYPE.OfficeOnline : PLATFORM_TYPE.PC;
  const info = { host: HOST_TYPE.Excel, platform };
  const context = {
    displayLanguage,
    contentLanguage: displayLanguage,
    requirements: {
      isSetSupported: (name: string, version?: string | number) => isSetSupported(profile, name, version),
    },
    host: HOST_TYPE.Excel,
    platform,
    diagnostics: {
      host: HOST_TYPE.Excel,
      platform,
      version: profile === 'web' ? '16.0.0.0' : '16.0.10827.20181',
    },
  };
  const own = {
    HostType: HOST_TYPE,
    PlatformType: PLATFORM_TYPE,
    context,
    onReady: (callback?: (i: typeof info) => void) => {
      if (callback) callback(info);
      return Promise.resolve(info);
    },
  };
  const standIn = Object.create(
    previous ?? null,
    Object.fromEntries(
      Object.entries(own).map(([k, value]) => [
        k,
        { value, enumerable: true, writable: true, configurable: true },
      ]),
    ),
  ) as Bag;
  target.Office = standIn;
  return () => {
    if (hadOffice) target.Office = previous;
    else delete target.Office;
  };
}
