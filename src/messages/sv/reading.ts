import type { Sentences } from '../catalogue';
import type { readingMessages } from '../../core/messages/reading';

/** "A", "A eller B", "A, B eller C". */
function either(list: readonly string[]): string {
  return list.length <= 1
    ? (list[0] ?? '')
    : `${list.slice(0, -1).join(', ')} eller ${list[list.length - 1]}`;
}

function all(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} och ${list[list.length - 1]}`;
}

export const reading: Sentences<keyof typeof readingMessages> = {
  'overall-no-header': (p) =>
    `Hittade ingen rubrikrad i den övergripande spridningsplanen (bladet ”${p.sheet}”). Den behöver minst kolumnerna Utbildning, Spridningsledare och Mål antal bland de 20 första raderna.`,
  'overall-missing-column': (p) =>
    `Den övergripande spridningsplanen (bladet ”${p.sheet}”, rubrikraden på rad ${p.row}) saknar ${p.columns.length === 1 ? 'kolumnen' : 'kolumnerna'} ${all(p.columns.map((c) => `”${c}”`))}. Peka ut vilken kolumn som är vilken.`,
  'overall-goal-without-person': (p) =>
    `Rad ${p.row} i den övergripande spridningsplanen (bladet ”${p.sheet}”) har ett mål men ingen spridningsledare. Skriv in vem som ska sprida utbildningen i cell ${p.cell}; raden räknas inte förrän dess.`,
  'overall-missing-training': (p) =>
    `${p.person} på rad ${p.row} i den övergripande spridningsplanen (bladet ”${p.sheet}”) har ingen utbildning. Skriv in utbildningen i cell ${p.cell}.`,
  'overall-unknown-training': (p) =>
    `Utbildningen ”${p.text}” på rad ${p.row} i den övergripande spridningsplanen (bladet ”${p.sheet}”, cell ${p.cell}) är ingen av programmets utbildningar. Rätta stavningen eller lägg till den i utbildningslistan under Inställningar.`,
  'overall-ambiguous-training': (p) =>
    `Utbildningen ”${p.text}” på rad ${p.row} i den övergripande spridningsplanen (bladet ”${p.sheet}”, cell ${p.cell}) kan vara ${either(p.candidates)}. Skriv koden i cellen, så vet tillägget vilken som menas.`,
  'overall-unreadable-goal': (p) =>
    `Målet ”${p.text}” för ${p.person} på rad ${p.row} i den övergripande spridningsplanen (bladet ”${p.sheet}”, cell ${p.cell}) går inte att läsa som ett antal. Skriv ett tal, till exempel 30.`,
  'overall-row-note': (p) =>
    `Rad ${p.row} i den övergripande spridningsplanen (bladet ”${p.sheet}”) läses som en anteckning, inte som ett uppdrag: ”${p.text}”. Står det ett uppdrag där, skriv spridningsledarens namn i kolumnen Spridningsledare och utbildningen i kolumnen Utbildning.`,
  'overall-row-not-a-name': (p) =>
    `”${p.text}” i cell ${p.cell} (bladet ”${p.sheet}”, rad ${p.row}) är inget namn på en person, så raden räknas inte som ett uppdrag. Skriv spridningsledarens namn där, en person per rad.`,
  'overall-row-name-only': (p) =>
    `${p.person} i cell ${p.cell} (bladet ”${p.sheet}”, rad ${p.row}) har ingen utbildning eller annat uppdrag på raden och står inte i ett block under en utbildning, så raden räknas inte. Är det ett uppdrag, fyll i utbildning och mål på raden.`,
  'overall-other-table': (p) =>
    `Från rad ${p.row} på bladet ”${p.sheet}” står en annan tabell än den övergripande spridningsplanen. Dess rader läses inte som uppdrag.`,

  'alias-unknown-training': (p) =>
    `Det finns ingen utbildning med koden ”${p.code}” i utbildningslistan. Välj en av ${either(p.codes)}.`,
  'alias-empty': (p) => `Skriv den stavning som ska betyda ${p.code}.`,
  'alias-too-long': (p) =>
    `Stavningen är för lång för att sparas som ett annat namn på ${p.code} (högst ${p.max} tecken).`,
  'alias-too-many': (p) =>
    `${p.code} har redan ${p.max} andra stavningar sparade, det högsta antalet. Ta bort någon under Inställningar först.`,
  'alias-means-other': (p) =>
    `”${p.alias}” läses redan som ${p.other}, så den kan inte också betyda ${p.code}. Rätta texten i cellen i stället.`,

  'uncertain-name-match': (p) =>
    `${p.person} (fliken ”${p.sheet}”, från rad ${p.row}) finns inte med exakt det namnet i den övergripande spridningsplanen, men liknar ${either(p.candidates)}. Är det samma person, skriv namnet likadant på båda ställena; tillägget slår inte ihop två namn på egen hand.`,

  'plan-file-doc': (p) =>
    `${p.name} är sparad i det gamla Word-formatet (.doc), som inte kan läsas. Öppna filen i Word, välj Arkiv > Spara som > Word-dokument (*.docx) och läs in den nya filen.`,
  'plan-file-pdf': (p) =>
    `${p.name} är en PDF, som inte kan läsas som en plan. Be om planen som Word-fil (.docx), eller öppna PDF:en i Word och spara den som Word-dokument (*.docx).`,
  'plan-file-rtf': (p) =>
    `${p.name} är sparad som RTF, som inte kan läsas. Öppna filen i Word, välj Arkiv > Spara som > Word-dokument (*.docx) och läs in den nya filen.`,
  'plan-file-other-odf': (p) =>
    `${p.name} är ett OpenDocument-kalkylark eller en presentation, inte en textfil. Välj den personliga spridningsplanen (.docx eller .odt).`,
  'odt-corrupt': (p) =>
    `${p.name} är skadad och går inte att läsa. Öppna den i LibreOffice eller Word, spara den som Word-dokument (*.docx) och läs in den nya filen.`,
  'odt-too-large': (p) =>
    `${p.name} är större än 50 MB eller packas upp till orimligt mycket data och läses inte. En personlig spridningsplan är normalt under 1 MB; kontrollera att det är rätt fil.`,
  'odt-encrypted': (p) =>
    `${p.name} är lösenordsskyddad. Öppna den, ta bort lösenordet och spara den som Word-dokument (*.docx), och läs in den igen.`,
};
