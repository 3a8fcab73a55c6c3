// Formulas as a file stores them and as Office.js shows them: no leading "=" in the file, and
// functions newer than Excel 2007 carry a "_xlfn." prefix there (FILTER and SORT "_xlfn._xlws.",
// LAMBDA parameters "_xlpm.") that Office.js does not show.

const FUTURE = new Set(
  (
    'AGGREGATE ARRAYTOTEXT BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV BITAND BITLSHIFT BITOR ' +
    'BITRSHIFT BITXOR BYCOL BYROW CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT CHISQ.INV ' +
    'CHISQ.INV.RT CHISQ.TEST CHOOSECOLS CHOOSEROWS CONCAT CONFIDENCE.NORM CONFIDENCE.T COT COTH ' +
    'COVARIANCE.P COVARIANCE.S CSC CSCH DAYS DECIMAL DROP ERF.PRECISE ERFC.PRECISE EXPAND EXPON.DIST ' +
    'F.DIST F.DIST.RT F.INV F.INV.RT F.TEST FLOOR.MATH FLOOR.PRECISE FORECAST.ETS FORECAST.ETS.CONFINT ' +
    'FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV ' +
    'GAMMALN.PRECISE GAUSS GROUPBY HSTACK HYPGEOM.DIST IFNA IFS IMAGE IMCOSH IMCOT IMCSC IMCSCH IMSEC ' +
    'IMSECH IMSINH IMTAN ISFORMULA ISOMITTED ISOWEEKNUM LAMBDA LET LOGNORM.DIST LOGNORM.INV MAKEARRAY MAP ' +
    'MAXIFS MINIFS MODE.MULT MODE.SNGL MUNIT NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV ' +
    'NORM.S.DIST NORM.S.INV NUMBERVALUE PDURATION PERCENTILE.EXC PERCENTILE.INC PERCENTOF PERCENTRANK.EXC ' +
    'PERCENTRANK.INC PERMUTATIONA PHI PIVOTBY POISSON.DIST QUARTILE.EXC QUARTILE.INC RANDARRAY RANK.AVG ' +
    'RANK.EQ REDUCE REGEXEXTRACT REGEXREPLACE REGEXTEST RRI SCAN SEC SECH SEQUENCE SHEET SHEETS SINGLE ' +
    'SKEW.P SORTBY STDEV.P STDEV.S SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST TAKE TEXTAFTER ' +
    'TEXTBEFORE TEXTJOIN TEXTSPLIT TOCOL TOROW TRIMRANGE UNICHAR UNICODE UNIQUE VALUETOTEXT VAR.P VAR.S ' +
    'VSTACK WEBSERVICE WEIBULL.DIST WORKDAY.INTL WRAPCOLS WRAPROWS XLOOKUP XMATCH XOR Z.TEST'
  ).split(' '),
);
const WORKSHEET_FUTURE = new Set(['FILTER', 'SORT']);

/** Applies `fn` to the parts of a formula outside string literals. */
function outsideStrings(formula: string, fn: (part: string) => string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const q = formula.indexOf('"', i);
    if (q < 0) {
      out += fn(formula.slice(i));
      break;
    }
    out += fn(formula.slice(i, q));
    let j = q + 1;
    while (j < formula.length) {
      if (formula[j] === '"') {
        if (formula[j + 1] === '"') {
          j += 2;
          continue;
        }
        break;
      }
      j++;
    }
    out += formula.slice(q, j + 1);
    i = j + 1;
  }
  return out;
}

/** A formula from a file as Office.js shows it: "=" in front, no _xlfn./_xlws./_xlpm. prefixes. */
export function formulaFromFile(text: string): string {
  const bare = text.includes('_xl') ? outsideStrings(text, (p) => p.replace(/_xl(fn|ws|pm)\./gi, '')) : text;
  return `=${bare}`;
}

/** A formula as the file stores it: without "=", newer functions with their prefix. */
export function formulaToFile(formula: string): string {
  const bare = formula.startsWith('=') ? formula.slice(1) : formula;
  return outsideStrings(bare, (p) =>
    p.replace(/(^|[^A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)(?=\()/g, (whole, before: string, name: string) => {
      const upper = name.toUpperCase();
      if (WORKSHEET_FUTURE.has(upper)) return `${before}_xlfn._xlws.${name}`;
      if (FUTURE.has(upper)) return `${before}_xlfn.${name}`;
      return whole;
    }),
  );
}
