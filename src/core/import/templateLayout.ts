// The layout of the template's tabs: one description used both by scripts/make-template.ts
// (exceljs, the shipped assets/template.xlsx) and by the add-in's createTab (Office.js), so a
// tab created in a coordinator's workbook looks like the template's. Tab names and header
// texts come from ../tabs and ../headers (one source of truth).
import { templateHeaders, type TableKind } from '../headers/columns';
import type { TabKind } from '../model';
import { TAB_NAMES } from '../tabs';

/** The yellow of the name cells (Spridningsledare): the guide's "gula celler"; an import fills them too. */
export const NAME_FILL = '#FFFF00';
export const HEADER_FILL = '#D9E1F2';
/** Rows of the yellow name column coloured below the header, ready for names. */
export const NAME_FILL_ROWS = 200;

export interface TabLayout {
  kind: TabKind;
  name: string;
  /** Text rows above the header (row 1 = title, bold), or the whole text of a text tab. */
  lines: string[];
  /** Header texts (row `lines.length + 1`), empty for a text tab. */
  headers: string[];
  /** 0-based column of the yellow name cells, or null. */
  yellowColumn: number | null;
  /** Column widths in characters, per header (or one for a text tab). */
  widths: number[];
}

const ROUND_TITLES: Record<'plan' | 'aterrap1' | 'aterrap2', string> = {
  plan: 'Samlade personliga spridningsplaner – PLAN',
  aterrap1: 'Samlade personliga spridningsplaner – Återrapportering 1',
  aterrap2: 'Samlade personliga spridningsplaner – Återrapportering 2',
};

const ACTIVITY_WIDTHS = [24, 34, 30, 22, 26, 14, 12, 14, 14, 12, 40];
const CONTACT_WIDTHS = [24, 22, 28, 18, 30, 16, 34, 14];
const OVERALL_WIDTHS = [34, 28, 24, 30, 12, 16, 40];

export const INSTRUCTION_LINES = [
  'Samlad spridningslogg – Hälsa i Sverige för asylsökande och nyanlända',
  '',
  'Så här används arbetsboken',
  '1. Flik ”1. Övergripande spridningsplan”: klistra in eller skriv den övergripande spridningsplanen (vem som ska sprida vilken utbildning till hur många).',
  '2. Flik ”2. Saml kontaktuppg”: en rad per spridningsledare med kontaktuppgifter. Tillägget Spridningslogg fyller i och uppdaterar raderna när en personlig spridningsplan läses in.',
  '3. Flikarna ”3.a … PLAN”, ”3.b … ÅTERRAP1” och ”3.c … ÅTERRAP2”: spridningsledarnas aktiviteter, en rad per aktivitet. Namnet på den som skickat in planen står i de gula cellerna.',
  '4. Fliken ”4. Sammanställning” skapas av tillägget: hur många som nåtts per utbildning, verksamhet och spridningsledare.',
  '',
  'Läs in en plan igen när den uppdaterats: personens rader i fliken ersätts, inget dubbleras. Varje import kan ångras med ”Ångra senaste import”.',
  'Du kan lägga till egna kolumner till höger om tabellerna; tillägget skriver inte i dem.',
  'Fliken ”_spridningslogg” är dold och används av tillägget för att kunna ångra en import. Ta inte bort den.',
];

function tableLayout(kind: TableKind, title: string, instruction: string, widths: number[]): TabLayout {
  const headers = templateHeaders(kind);
  return {
    kind,
    name: TAB_NAMES[kind],
    lines: [title, instruction],
    headers,
    yellowColumn: kind === 'plan' || kind === 'aterrap1' || kind === 'aterrap2' ? 0 : null,
    widths: headers.map((_, i) => widths[i] ?? 16),
  };
}

/** The template's layout of a tab kind (the summary tab is made by the add-in: null). */
export function templateLayout(kind: TabKind): TabLayout | null {
  switch (kind) {
    case 'instructions':
      return {
        kind,
        name: TAB_NAMES.instructions,
        lines: INSTRUCTION_LINES,
        headers: [],
        yellowColumn: null,
        widths: [120],
      };
    case 'overall':
      return tableLayout(
        'overall',
        'Övergripande spridningsplan',
        'En rad per spridningsledare och utbildning: verksamhet, e-post och hur många personer som ska nås.',
        OVERALL_WIDTHS,
      );
    case 'contacts':
      return tableLayout(
        'contacts',
        'Samlade kontaktuppgifter för spridningsledare',
        'En rad per spridningsledare. Fylls i av tillägget från de personliga spridningsplanerna.',
        CONTACT_WIDTHS,
      );
    case 'plan':
    case 'aterrap1':
    case 'aterrap2':
      return tableLayout(
        kind,
        ROUND_TITLES[kind],
        'En rad per aktivitet. Skriv namnet på den som skickade in planen i de gula cellerna (tillägget gör det vid import).',
        ACTIVITY_WIDTHS,
      );
    case 'summary':
      return null;
  }
}

/** The template's tabs in order. */
export const TEMPLATE_TABS: TabKind[] = [
  'instructions',
  'overall',
  'contacts',
  'plan',
  'aterrap1',
  'aterrap2',
];
