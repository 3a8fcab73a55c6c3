import type { Sentences } from '../catalogue';
import type { fileMessages } from '../../core/messages/file';

export const file: Sentences<keyof typeof fileMessages> = {
  'file-save-chart-changed': (p) =>
    `Arbetsboken sparades inte: diagrammet ”${p.chart}” på fliken ”${p.sheet}” ändrades på ett sätt som bara kan sparas i Excel. Ingenting skrevs.`,
  'file-save-chart-type': (p) =>
    `Arbetsboken sparades inte: diagrammet ”${p.chart}” är av en typ (${p.type}) som bara kan sparas i Excel. Ingenting skrevs.`,
  'file-written': (p) => `Skrev ${p.out}: ${p.input} med de här ändringarna, allt annat som det var:`,
  'file-written-unchanged': (p) => `Skrev ${p.out}: en oförändrad kopia av ${p.input}.`,
  'file-written-sheet': (p) =>
    `  ”${p.sheet}”: ${p.cells} ${p.cells === 1 ? 'cell skriven' : 'celler skrivna'}` +
    (p.inserted ? `, ${p.inserted} ${p.inserted === 1 ? 'rad infogad' : 'rader infogade'}` : '') +
    (p.deleted ? `, ${p.deleted} ${p.deleted === 1 ? 'rad borttagen' : 'rader borttagna'}` : '') +
    (p.charts ? `, ${p.charts} ${p.charts === 1 ? 'nytt diagram' : 'nya diagram'}` : ''),
  'file-written-new-sheet': (p) =>
    `  ”${p.sheet}” (ny flik): ${p.cells} ${p.cells === 1 ? 'cell' : 'celler'}` +
    (p.charts ? `, ${p.charts} diagram` : ''),
  'file-written-settings': () => '  tilläggets inställningar (sparade i arbetsboken)',
  'file-save-blocked-table': (p) =>
    `Arbetsboken sparades inte: tabellen ”${p.table}” (${p.where}) skulle delas eller förlora sin rubrikrad när rader infogas eller tas bort. Ingenting skrevs. Gör om tabellen till ett vanligt område i Excel (Tabelldesign › Konvertera till område) eller flytta den, och kör igen.`,
  'file-save-blocked-external': (p) =>
    `Arbetsboken sparades inte: det externa dataområdet ”${p.what}” (${p.where}) ligger där rader infogas eller tas bort, och det kan bara Excel flytta. Ingenting skrevs. Flytta dataområdet till en egen flik och kör igen.`,
  'file-save-blocked-pivot': (p) =>
    `Arbetsboken sparades inte: pivottabellen ”${p.pivot}” (${p.where}) ligger där rader infogas eller tas bort, och det kan bara Excel flytta. Ingenting skrevs. Flytta pivottabellen till en egen flik och kör igen.`,
  'file-save-blocked-pivot-source': (p) =>
    `Arbetsboken sparades inte: en pivottabell bygger på cellerna ${p.where}, där rader infogas eller tas bort, och dess källa skulle inte följa med. Ingenting skrevs. Gör källområdet till en tabell (Infoga › Tabell) så följer det med, och kör igen.`,
  'file-save-blocked-chart': (p) =>
    `Arbetsboken sparades inte: diagrammet ”${p.chart}” på fliken ”${p.sheet}” visar ${p.range}, där rader infogas eller tas bort, och diagrammets dataserie skulle inte följa med. Ingenting skrevs. Gör diagrammets data till en tabell (Infoga › Tabell) eller flytta diagrammet till en annan källa, och kör igen.`,
  'file-save-blocked-array': (p) =>
    `Arbetsboken sparades inte: matrisformeln i ${p.where} skulle delas av rader som infogas eller tas bort, och det tillåter inte Excel heller. Ingenting skrevs. Flytta matrisformeln eller gör den till vanliga formler, och kör igen.`,
  'file-save-sheet-deleted': (p) =>
    `Arbetsboken sparades inte: fliken ”${p.sheet}” togs bort, och det kan inte göras utan Excel. Ingenting skrevs. Ta bort fliken i Excel i stället.`,
  'file-save-sheet-renamed': (p) =>
    `Arbetsboken sparades inte: fliken ”${p.was}” fick det nya namnet ”${p.sheet}”, och det kan inte göras utan Excel. Ingenting skrevs. Byt namn på fliken i Excel i stället.`,
  'file-save-sheets-reordered': (p) =>
    `Arbetsboken sparades inte: flikarnas ordning ändrades (fliken ”${p.sheet}” flyttades), och det kan inte göras utan Excel. Ingenting skrevs.`,
  'file-save-shift-unsupported': (p) =>
    `Arbetsboken sparades inte: celler på fliken ”${p.sheet}” flyttades åt sidan (infogade eller borttagna celler åt höger/vänster), och det kan bara göras i Excel. Ingenting skrevs.`,
  'file-not-xlsx': (p) =>
    `${p.file} är ingen Excel-arbetsbok (.xlsx): innehållet är inte ett xlsx-paket. Välj en fil som sparats som Excel-arbetsbok.`,
  'file-legacy-or-encrypted': (p) =>
    `${p.file} kan inte öppnas: den är antingen lösenordsskyddad eller sparad i det gamla .xls-formatet. Spara den som Excel-arbetsbok (.xlsx) utan lösenord och försök igen.`,
  'file-encrypted': (p) =>
    `${p.file} är krypterad och kan inte öppnas. Spara den som Excel-arbetsbok (.xlsx) utan lösenord och försök igen.`,
  'file-xlsb': (p) =>
    `${p.file} är en binär Excel-arbetsbok (.xlsb), som inte kan läsas. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).`,
  'file-no-sheets': (p) =>
    `${p.file} innehåller inga kalkylblad och kan därför inte användas som spridningslogg.`,
  'file-damaged': (p) =>
    `${p.file} kunde inte läsas som Excel-arbetsbok; den verkar skadad eller ofullständig (${p.detail}). Öppna den i Excel, spara den på nytt och försök igen.`,
  'file-too-large': (p) =>
    `${p.file} är ${p.megabytes} MB, större än de ${p.limit} MB en arbetsbok får vara här. Kontrollera att det är rätt fil; ta annars bort bilder eller gamla flikar och spara den på nytt.`,
  'file-too-large-inflated': (p) =>
    `${p.file} packas upp till mer än ${p.limit} MB och läses därför inte. Kontrollera att det är rätt fil; ta annars bort gamla flikar eller stora bilder och spara den på nytt.`,
  'file-part-too-large': (p) =>
    `${p.file} innehåller en del (${p.part}) som är större än ${p.limit} MB uppackad och läses därför inte. Kontrollera att det är rätt fil, eller dela upp arbetsboken.`,
  'file-too-many-parts': (p) =>
    `${p.file} består av ${p.parts} delar, fler än de ${p.limit} en arbetsbok får ha här. Kontrollera att det är rätt fil.`,
  'file-too-many-cells': (p) =>
    `${p.file} har fler än ${p.limit} ifyllda eller formaterade celler (gränsen nåddes på fliken ”${p.sheet}”) och läses därför inte. Ta bort formatering på hela kolumner eller gamla flikar och spara den på nytt.`,
  'file-too-many-merges': (p) =>
    `${p.file} har fler än ${p.limit} sammanfogade cellområden (gränsen nåddes på fliken ”${p.sheet}”) och läses därför inte. Ta bort sammanfogningar du inte behöver och spara den på nytt.`,
  'file-too-many-shared-strings': (p) =>
    `${p.file} har fler än ${p.limit} olika texter och läses därför inte. Kontrollera att det är rätt fil.`,
  'file-out-is-input': (p) =>
    `${p.out} är samma fil som arbetsboken ${p.input}. Arbetsboken skrivs aldrig över: ange ett annat filnamn med --out.`,
  'file-out-exists': (p) =>
    `${p.out} finns redan och skrevs inte över. Ange ett annat filnamn med --out, eller lägg till --force för att ersätta filen.`,
  'file-out-is-folder': (p) => `${p.out} är en mapp. Ange ett filnamn med --out, t.ex. ${p.out}/logg.xlsx.`,
  'file-out-folder-missing': (p) =>
    `Mappen ${p.folder} finns inte, så ${p.out} kan inte skrivas. Skapa mappen eller välj en annan plats.`,
  'file-out-write-failed': (p) =>
    `${p.out} kunde inte skrivas (${p.reason}); ingenting skrevs. Kontrollera mappen, behörigheten och att disken inte är full.`,
};
