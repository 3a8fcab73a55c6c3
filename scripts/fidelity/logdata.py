"""The content every corpus workbook shares: a coordinator's Samlad spridningslogg some weeks
into the programme. Tab names, title lines and header texts come from the template layout
(src/core/import/templateLayout.ts), dumped to JSON by scripts/fidelity/make-corpus.ts, so the
corpus follows the template when it changes.

The people already in the log (Bo Ek, Cecilia Berg, Lars Persson, Fatima Ali) are none of the
people whose plans the corpus test imports (test/fixtures/plans), so every import appends rows
after the tab's last data row (or inserts them before a trailing totals row).
"""

import datetime
import json

REGION = "Västra Götalandsregionen"
STATUSES = ["Planerad", "Genomförd", "Ej genomförd", "Inställd"]


def load_layout(path):
    """The template's tabs by kind: {kind: {name, lines, headers, yellowColumn, widths}}."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {tab["kind"]: tab for tab in data["tabs"]}, data


D = datetime.date

# 1. Övergripande spridningsplan: training, unit, person, e-mail, goal, period, comment.
OVERALL_ROWS = [
    ["HiS1", "Vårdcentralen Norr", "Anna Lindqvist", "anna.lindqvist@example.se", 30, "VT 2017", None],
    ["HiS6", "Vårdcentralen Norr", "Anna Lindqvist", "anna.lindqvist@example.se", 15, "VT 2017", None],
    ["HiS2", "BUP Söder", "Bo Ek", "bo.ek@example.se", 20, "VT 2017", None],
    ["HiS9", "Psykiatrin Öst", "Cecilia Berg", "cecilia.berg@example.se", 25, "VT 2017", "Två grupper"],
    ["HiS11", "BUP Lidköping", "Erik Johansson", "erik.johansson@example.se", 25, "VT 2017", None],
    ["HiS10", "Elevhälsan Skövde", "Karin Berg", "karin.berg@example.se", "20", "VT 2017", "Mål som text"],
    ["HiS5", "Vårdcentralen Falköping", "Fatima Ali", "fatima.ali@example.se", 12, "VT 2017", None],
    ["HiS8", "Psykiatrin Skaraborg", "Johan Ek", "johan.ek@example.se", 10, "HT 2017", None],
]

# 2. Saml kontaktuppg: name, title, unit, region, e-mail, phone, trainings, plan received.
CONTACT_ROWS = [
    ["Bo Ek", "Sjuksköterska", "BUP Söder", REGION, "bo.ek@example.se", "070-222 22 22", "HiS2", D(2016, 12, 5)],
    ["Cecilia Berg", "Psykolog", "Psykiatrin Öst", REGION, "cecilia.berg@example.se", "0500-12 34 56", "HiS9",
     D(2016, 12, 12)],
    ["Lars Persson", "Kurator", "Vårdcentralen Ulricehamn", REGION, "lars.persson@example.se", "0321-59 59 00",
     "HiS4", D(2017, 1, 9)],
    ["Fatima Ali", "Distriktssköterska", "Vårdcentralen Falköping", REGION, "fatima.ali@example.se",
     "0515-77 70 00", "HiS5", D(2017, 1, 16)],
]

# 3.x: person, training, activity, target group, unit, planned date, planned number, status,
# date done, number reached, comment. Dates as dates, some as the text people write.
PLAN_ROWS = [
    ["Bo Ek", "HiS2 Hälsoinformation och hälsostöd för asylsökande och nyanlända", "Föreläsning på APT",
     "Sjuksköterskor", "BUP Söder", D(2017, 2, 14), 12, None, None, None, None],
    ["Bo Ek", "HiS2 Hälsoinformation och hälsostöd för asylsökande och nyanlända", "Workshop", "Psykologer",
     "BUP Söder", "v. 12", 8, None, None, None, "Två tillfällen"],
    ["Cecilia Berg", "HiS9 Migration och psykisk hälsa – för primärvården", "Utbildningsdag", "Läkare",
     "Psykiatrin Öst", D(2017, 3, 2), 15, None, None, None, None],
    ["Cecilia Berg", "HiS9 Migration och psykisk hälsa – för primärvården", "Seminarium", "Kuratorer",
     "Psykiatrin Öst", "mars 2017", 10, None, None, None, None],
    ["Lars Persson", "HiS4 Nyanlända som resurs", "Föreläsning", "Alla medarbetare", "Vårdcentralen Ulricehamn",
     D(2017, 2, 20), 25, None, None, None, "Eget initiativ"],
    ["Fatima Ali", "HiS5 Förstärkta arbetssätt för hälsoundersökningar", "Handledning", "Sjuksköterskor",
     "Vårdcentralen Falköping", D(2017, 4, 4), 6, None, None, None, None],
]

AT1_ROWS = [
    ["Bo Ek", "HiS2 Hälsoinformation och hälsostöd för asylsökande och nyanlända", "Föreläsning på APT",
     "Sjuksköterskor", "BUP Söder", D(2017, 2, 14), 12, "Genomförd", D(2017, 2, 14), 11, None],
    ["Bo Ek", "HiS2 Hälsoinformation och hälsostöd för asylsökande och nyanlända", "Workshop", "Psykologer",
     "BUP Söder", "v. 12", 8, "Planerad", None, None, None],
    ["Cecilia Berg", "HiS9 Migration och psykisk hälsa – för primärvården", "Utbildningsdag", "Läkare",
     "Psykiatrin Öst", D(2017, 3, 2), 15, "Ej genomförd", None, None, "Flyttad till april"],
    ["Lars Persson", "HiS4 Nyanlända som resurs", "Föreläsning", "Alla medarbetare", "Vårdcentralen Ulricehamn",
     D(2017, 2, 20), 25, "Genomförd", D(2017, 2, 20), 31, None],
]

AT2_ROWS = [
    ["Bo Ek", "HiS2 Hälsoinformation och hälsostöd för asylsökande och nyanlända", "Föreläsning på APT",
     "Sjuksköterskor", "BUP Söder", D(2017, 2, 14), 12, "Genomförd", D(2017, 2, 14), 11, None],
    ["Bo Ek", "HiS2 Hälsoinformation och hälsostöd för asylsökande och nyanlända", "Workshop", "Psykologer",
     "BUP Söder", "v. 12", 8, "Genomförd", D(2017, 3, 22), 7, None],
    ["Cecilia Berg", "HiS9 Migration och psykisk hälsa – för primärvården", "Utbildningsdag", "Läkare",
     "Psykiatrin Öst", D(2017, 4, 6), 15, "Genomförd", D(2017, 4, 6), 14, None],
]

ACTIVITY_ROWS = {"plan": PLAN_ROWS, "aterrap1": AT1_ROWS, "aterrap2": AT2_ROWS}

# The coordinator's own column right of the log's columns (the import never writes it).
EXTRA_ACTIVITY_HEADER = "Egen notering"
EXTRA_ACTIVITY_NOTES = ["ringt 12/12", None, "viktig", None, "påminn", None]

# Where the rows start: title, instruction line, header.
HEADER_ROW = 3
FIRST_DATA_ROW = 4


def last_data_row(kind):
    """The last row holding data in a tab of the shared content."""
    rows = CONTACT_ROWS if kind == "contacts" else OVERALL_ROWS if kind == "overall" else ACTIVITY_ROWS[kind]
    return FIRST_DATA_ROW + len(rows) - 1


def col_letter(index0):
    """0-based column index → letters."""
    s = ""
    n = index0 + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def tab_facts(layout, kind, totals_row=None, extra_columns=0):
    """What the corpus test needs to know about a log tab of a corpus file."""
    tab = layout[kind]
    return {
        "sheet": tab["name"],
        "headerRow": HEADER_ROW,
        "lastDataRow": last_data_row(kind),
        "totalsRow": totals_row,
        "columns": f"A:{col_letter(len(tab['headers']) - 1)}",
        "extraColumns": extra_columns,
    }
