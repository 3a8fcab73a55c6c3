// Colours as a workbook stores them (rgb, a theme colour with a tint, an index into the legacy
// palette) resolved to the "#RRGGBB" Office.js reports for Range.format.fill.color and
// font.color.
import type { RawColor } from '../../core/xlsx/sheetScan';
import { XmlScanner, attributes } from '../../core/xlsx/xmlScan';

/** Excel's default legacy palette (indexed colours 0–63; 64 is the system text colour). */
const INDEXED = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
  '000000', 'FFFFFF',
]; // prettier-ignore

/** Office's default theme, used when a workbook has no theme part. */
const DEFAULT_THEME = [
  'FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47',
  '0563C1', '954F72',
]; // prettier-ignore

/** Theme colour index (as cells use it) → the clrScheme element that defines it. */
const SCHEME_ORDER = [
  'lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink',
  'folHlink',
]; // prettier-ignore

export class Palette {
  constructor(
    private readonly theme: string[] = DEFAULT_THEME,
    private readonly indexed: string[] = INDEXED,
  ) {}

  /** Reads a theme part's colour scheme; a missing colour keeps Office's default. */
  static fromParts(themeXml: string | undefined, indexedColors: string[] | undefined): Palette {
    const theme = [...DEFAULT_THEME];
    if (themeXml) {
      const s = new XmlScanner(themeXml);
      let current = -1;
      let inScheme = false;
      for (let tag = s.next(); tag; tag = s.next()) {
        if (tag.local === 'clrScheme') {
          inScheme = tag.kind === 'open';
          if (tag.kind === 'close') break;
          continue;
        }
        if (!inScheme) continue;
        if (tag.kind === 'open' && SCHEME_ORDER.includes(tag.local))
          current = SCHEME_ORDER.indexOf(tag.local);
        else if (tag.kind === 'close' && SCHEME_ORDER.includes(tag.local)) current = -1;
        else if (current >= 0 && tag.kind !== 'close') {
          const a = attributes(themeXml, tag);
          const hex =
            tag.local === 'sysClr' ? a.get('lastClr') : tag.local === 'srgbClr' ? a.get('val') : undefined;
          if (hex && /^[0-9a-fA-F]{6}$/.test(hex)) theme[current] = hex.toUpperCase();
        }
      }
    }
    const indexed = indexedColors?.length ? INDEXED.map((c, i) => indexedColors[i] ?? c) : INDEXED;
    return new Palette(theme, indexed);
  }

  /** "#RRGGBB", or undefined for an automatic colour or one that cannot be resolved. */
  resolve(color: RawColor | undefined): string | undefined {
    if (!color) return undefined;
    let hex: string | undefined;
    if (color.rgb && /^[0-9a-fA-F]{6,8}$/.test(color.rgb)) hex = color.rgb.slice(-6);
    else if (color.theme !== undefined) hex = this.theme[color.theme];
    else if (color.indexed !== undefined) hex = this.indexed[color.indexed];
    if (!hex) return undefined;
    const tinted = color.tint ? applyTint(hex, color.tint) : hex;
    return `#${tinted.toUpperCase()}`;
  }
}

/** Excel's tint: the colour's lightness moved towards black (tint < 0) or white (tint > 0). */
export function applyTint(hex: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  let s = 0;
  let l = (max + min) / 2;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h /= 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const hue = (p: number, q: number, t: number) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  let rgb: number[];
  if (s === 0) rgb = [l, l, l];
  else {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rgb = [hue(p, q, h + 1 / 3), hue(p, q, h), hue(p, q, h - 1 / 3)];
  }
  return rgb
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');
}
