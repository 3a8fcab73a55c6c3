import type { cliMessages } from '../../core/messages/cli';
import type { Sentences } from '../catalogue';

const ROUNDS = 'Välj plan, aterrap1 eller aterrap2.';

const HEADING = {
  person: 'Spridningsledare',
  tab: 'Flik',
  rowsWritten: 'Rader skrivna',
  rowsReplaced: 'Rader ersatta',
  flag: 'Flagga',
  count: 'Antal',
  goal: 'Mål',
  planned: 'Planerat',
  reached1: 'Nått ÅTERRAP1',
  reached2: 'Nått ÅTERRAP2',
  perTraining: 'Per utbildning',
  perUnit: 'Per verksamhet',
  perPerson: 'Per spridningsledare',
  total: 'Totalt',
};

export const cli: Sentences<keyof typeof cliMessages> = {
  'cli-usage': () => `Användning:
  spridningslogg import --workbook IN.xlsx --out OUT.xlsx --round plan|aterrap1|aterrap2
                        [--overall OVERALL.xlsx] [--force] [--json] [--lang sv|en] INPUT...
  spridningslogg check  --workbook IN.xlsx [--overall OVERALL.xlsx] [--round R] [--json] [--lang sv|en]
  spridningslogg totals --workbook IN.xlsx [--overall OVERALL.xlsx] [--out OUT.xlsx [--force]] [--json] [--lang sv|en]
  spridningslogg alias  --workbook IN.xlsx --training KOD --text TEXT --out OUT.xlsx [--force] [--json] [--lang sv|en]
  spridningslogg goals  (--overall OVERALL.xlsx | --workbook IN.xlsx) --out MAPP [--deadline ÅÅÅÅ-MM-DD]
                        [--from ADRESS] [--force] [--json] [--lang sv|en]
  spridningslogg status --workbook IN.xlsx --round aterrap1|aterrap2 --out STATUS.pptx
                        [--overall OVERALL.xlsx] [--xlsx UT.xlsx] [--force] [--json] [--lang sv|en]

INPUT är en .docx-fil eller en urklippsfil: NAMN.html (text/html) och/eller NAMN.txt (text/plain).
alias sparar TEXT som en annan stavning av utbildningen KOD (t.ex. HiS2) i arbetsbokens utbildningslista.
Språk: --lang sv eller en; utan --lang engelska när LC_ALL, LC_MESSAGES eller LANG är engelska, annars svenska.
Avslutningskod: 0 klart (flaggor är inga fel), 1 oläsbar indata, 2 fel användning.`,
  'cli-unknown-command': (p) =>
    `Okänt kommando ”${p.command}”. Välj import, check, totals, alias, goals eller status.`,
  'cli-flag-needs-value': (p) => `${p.flag} behöver ett värde.`,
  'cli-flag-twice': (p) => `${p.flag} är angiven två gånger.`,
  'cli-unknown-flag': (p) => `Okänd flagga ”${p.flag}”.`,
  'cli-flag-not-for-command': (p) => `${p.flag} gäller inte ${p.command}: ta bort den.`,
  'cli-bad-lang': (p) => `--lang ”${p.lang}” finns inte. Välj sv eller en.`,
  'cli-workbook-missing': () => '--workbook IN.xlsx saknas.',
  'cli-bad-round': (p) => `--round ”${p.round}” finns inte. ${ROUNDS}`,
  'cli-round-missing': () => `--round saknas. ${ROUNDS}`,
  'cli-out-missing': () => '--out OUT.xlsx saknas (IN.xlsx skrivs aldrig över).',
  'cli-out-is-workbook': () => '--out får inte vara samma fil som --workbook.',
  'cli-no-inputs': () => 'Ange minst en INPUT-fil (.docx, .html eller .txt).',
  'cli-unexpected-argument': (p) => `Oväntat argument ”${p.argument}” för ${p.command}.`,
  'cli-check-writes-nothing': (p) => `check skriver ingen fil: ta bort ${p.flag}.`,
  'cli-force-needs-out': () => '--force gäller bara tillsammans med --out.',
  'cli-totals-all-rounds': () => 'totals räknar alla omgångar: ta bort --round.',
  'cli-training-missing': () =>
    '--training saknas: ange koden för utbildningen texten ska betyda, t.ex. --training HiS2.',
  'cli-text-missing': () =>
    '--text saknas: ange stavningen som ska betyda utbildningen, t.ex. --text "Hälsoinfo-dagen".',
  'cli-alias-added': (p) =>
    `”${p.alias}” betyder nu ${p.code}: sparat i arbetsbokens utbildningslista, så planer, logg och övergripande plan läses så från och med nu.`,
  'cli-alias-known': (p) => `”${p.alias}” läses redan som ${p.code}; inget nytt att spara.`,
  'cli-paste-twice': (p) => `${p.path}: två filer för samma urklipp (${p.earlier}).`,
  'cli-unknown-file-type': (p) =>
    `${p.path}: okänd filtyp. Ange en .docx-fil eller en urklippsfil (.html eller .txt).`,
  'cli-changed-during-import': (p) => `${p.workbook}: arbetsboken ändrades under importen. Kör igen.`,
  'cli-unexpected-error': (p) =>
    `ett oväntat fel stoppade körningen${p.code === '' ? '' : ` (${p.code})`}. Ingen utfil skrevs.`,
  'cli-reading-plans': (p) => `Läser ${p.count} planer …`,
  'cli-nothing-imported': () => 'Inga planer importerades.',
  'cli-problems-title': () => 'Att kontrollera i planerna:',
  'cli-no-flags': () => 'Inga flaggor: loggen stämmer med den övergripande planen.',
  'cli-flag-count': (p) => (p.count === 1 ? '1 flagga:' : `${p.count} flaggor:`),
  'cli-participants-note': () =>
    'Deltagarna är inte identifierade: den som gått två aktiviteter räknas två gånger.',
  'cli-heading': (p) => HEADING[p.heading],
};
