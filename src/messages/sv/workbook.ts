import type { Sentences } from '../catalogue';
import type { WriteStopCause, workbookMessages } from '../../core/messages/workbook';

const quoted = (names: readonly string[]): string => names.map((n) => `”${n}”`).join(', ');

const writeAdvice = (cause: WriteStopCause): string =>
  cause === 'protected'
    ? 'Fliken är skyddad, så tillägget får inte skriva i den. Ta bort bladskyddet (Granska → Ta bort skydd) och försök igen.'
    : 'Försök igen; kommer felet tillbaka, spara arbetsboken och öppna den på nytt.';

export const workbook: Sentences<keyof typeof workbookMessages> = {
  'workbook-tab-missing': (p) =>
    `Fliken ”${p.tab}” finns inte i arbetsboken. Skapa den under Inställningar (”Skapa fliken för …”) eller byt namn på din egen flik till det namnet, och försök igen.`,
  'workbook-no-header': (p) =>
    `Fliken ”${p.sheet}” har ingen rubrikrad som går att känna igen bland de första ${p.rows} raderna. Kontrollera fliken, eller visa under Inställningar vilken kolumn som är vilken, och försök igen.`,
  'workbook-missing-columns': (p) =>
    `I fliken ”${p.sheet}” hittas inte ${p.columns.length === 1 ? 'kolumnen' : 'kolumnerna'} ${quoted(p.columns)} på rubrikraden (rad ${p.row}). Visa under Inställningar vilken kolumn som är vilken och försök igen.`,
  'workbook-undo-tab-gone': (p) =>
    `Importen kan inte ångras: ${p.tabs.length === 1 ? 'fliken' : 'flikarna'} ${quoted(p.tabs)} finns inte längre. Ge fliken sitt namn tillbaka (eller ångra borttagningen i Excel) och försök igen.`,
  'workbook-write-stopped': (p) =>
    `Excel avbröt importen. Inget har ändrats: det som hann skrivas är borttaget igen. ${writeAdvice(p.cause)}`,
  'workbook-write-stopped-not-undone': (p) =>
    `Excel avbröt importen, och det som hann skrivas kunde inte tas bort automatiskt. Använd ”Ångra senaste import”. ${writeAdvice(p.cause)}`,
  'workbook-tab-made-by-totals': (p) =>
    `Fliken ”${p.tab}” skapas av tillägget när summorna räknas fram (under Summor), inte här.`,
  'workbook-tab-exists': (p) => `Fliken ”${p.tab}” finns redan i arbetsboken; ingen ny flik skapades.`,
  'workbook-sheet-name-taken': (p) =>
    `Det finns redan en flik som heter ”${p.name}”. Byt namn på den fliken och försök igen; ingen ny flik skapades.`,
  'workbook-no-columns-to-map': (p) => `Fliken ”${p.tab}” har inga kolumner att koppla.`,
  'workbook-mapping-header-empty': () =>
    'Den markerade rubriken är tom. Markera cellen med kolumnens rubrik och försök igen.',
  'workbook-settings-invalid': () => 'Inställningarna sparades inte; inget ändrades i arbetsboken.',
  'workbook-summary-cells-taken': (p) =>
    `Summorna behöver cellerna ${p.range} i fliken ”${p.sheet}”, men ${p.cells.join(', ')}${p.more > 0 ? ` och ${p.more} till` : ''} innehåller annat som inte skrivits av tillägget. Flytta det innehållet (eller byt namn på fliken) och uppdatera summorna igen; inget har ändrats.`,
  'workbook-overall-file-refused': (p) =>
    `Filen ”${p.file}” kan inte användas som övergripande spridningsplan.`,
  'workbook-overall-file-locked': (p) =>
    `Filen ”${p.file}” kan inte användas som övergripande spridningsplan: den är lösenordsskyddad eller sparad i det gamla .xls-formatet. Spara den som Excel-arbetsbok (.xlsx) utan lösenord och välj den igen.`,
  'workbook-overall-file-not-xlsx': (p) =>
    `Filen ”${p.file}” kan inte användas som övergripande spridningsplan: den är ingen Excel-arbetsbok (.xlsx). Spara planen som Excel-arbetsbok och välj den igen.`,
  'workbook-overall-file-unreadable': (p) =>
    `Filen ”${p.file}” kan inte användas som övergripande spridningsplan: den gick inte att läsa (filen kan vara skadad eller ofullständig). Öppna den i Excel, spara den på nytt och välj den igen.`,
  'workbook-overall-file-no-plan': (p) =>
    `Filen ”${p.file}” kan inte användas som övergripande spridningsplan: inget av dess blad (${p.sheets.length > 0 ? quoted(p.sheets) : 'inga blad'}) har en rubrikrad med kolumnerna Utbildning, Spridningsledare och Mål antal bland de ${p.rows} första raderna. Kontrollera att du valt rätt fil, eller lägg till rubrikerna och välj den igen.`,
  'workbook-overall-file-empty': (p) =>
    `Filen ”${p.file}” kan inte användas som övergripande spridningsplan: bladet ”${p.sheet}” har rubrikerna men inga rader med spridningsledare under dem. Fyll i planen och välj filen igen.`,
};
