"""The corpus workbooks written by openpyxl (Debian's python3-openpyxl), plus the parts no
writer here makes (threaded comments, a VBA project part, an XML map) added by hand, see
handwritten_parts.py.

Run through scripts/fidelity/make-corpus.ts:
  /usr/bin/python3 scripts/fidelity/openpyxl_corpus.py LAYOUT.json OUTDIR
Prints a JSON list: one entry per workbook (file, writer, features, dateSystem, tabs).
"""

import datetime
import io
import json
import os
import sys

import openpyxl
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chartsheet.properties import ChartsheetProperties
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule, FormulaRule, IconSetRule
from openpyxl.styles import Alignment, Border, Color, Font, PatternFill, Side
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import FilterColumn, IconFilter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableStyleInfo
from PIL import Image as PILImage, ImageDraw

sys.path.insert(0, os.path.dirname(__file__))
import handwritten_parts  # noqa: E402
import logdata  # noqa: E402
from logdata import FIRST_DATA_ROW, HEADER_ROW, col_letter  # noqa: E402

WRITER = f"openpyxl {openpyxl.__version__}"
THIN = Side(style="thin", color="8EA9DB")
MEDIUM = Side(style="medium", color="1F3864")
DATE_FMT = "yyyy-mm-dd"
STATUS_LIST = '"' + ",".join(logdata.STATUSES) + '"'


def fill(hex6):
    return PatternFill(fill_type="solid", fgColor="FF" + hex6.lstrip("#").upper())


def logo_png():
    """A small region logo: 160 × 48 px, a few hundred bytes."""
    img = PILImage.new("RGB", (160, 48), (31, 56, 100))
    d = ImageDraw.Draw(img)
    d.rectangle([6, 6, 42, 42], fill=(255, 192, 0))
    d.text((52, 17), "Region VG", fill=(255, 255, 255))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    buf.seek(0)
    return buf


def write_cell(ws, row, col, value):
    c = ws.cell(row=row, column=col, value=value)
    if isinstance(value, datetime.date):
        c.number_format = DATE_FMT
    return c


def log_tab(wb, layout, kind, rows, *, header_style=True, extra_notes=False):
    """One of the log's tabs as the template lays it out, with rows."""
    tab = layout[kind]
    ws = wb.create_sheet(tab["name"])
    ws["A1"] = tab["lines"][0]
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = tab["lines"][1]
    ws["A2"].font = Font(italic=True, color="595959")
    headers = list(tab["headers"])
    if extra_notes:
        headers.append(logdata.EXTRA_ACTIVITY_HEADER)
    for i, h in enumerate(headers):
        c = ws.cell(row=HEADER_ROW, column=i + 1, value=h)
        c.font = Font(bold=True, color="1F3864") if header_style else Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        yellow = tab["yellowColumn"] is not None and i == tab["yellowColumn"]
        c.fill = fill(layout_colors["YELLOW"] if yellow else layout_colors["HEADER_FILL"])
        if header_style:
            c.border = Border(top=THIN, left=THIN, right=THIN, bottom=MEDIUM)
    for i, w in enumerate(tab["widths"]):
        ws.column_dimensions[col_letter(i)].width = w
    for k, row in enumerate(rows):
        r = FIRST_DATA_ROW + k
        for i, v in enumerate(row):
            if v is not None:
                write_cell(ws, r, i + 1, v)
        if extra_notes and logdata.EXTRA_ACTIVITY_NOTES[k % len(logdata.EXTRA_ACTIVITY_NOTES)]:
            ws.cell(row=r, column=len(tab["headers"]) + 1, value=logdata.EXTRA_ACTIVITY_NOTES[k])
    if tab["yellowColumn"] is not None:
        for r in range(FIRST_DATA_ROW, FIRST_DATA_ROW + layout_colors["YELLOW_ROWS"]):
            ws.cell(row=r, column=tab["yellowColumn"] + 1).fill = fill(layout_colors["YELLOW"])
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    return ws


def status_validation(ws, last_row):
    dv = DataValidation(type="list", formula1=STATUS_LIST, allow_blank=True, showErrorMessage=True,
                        errorTitle="Status", error="Välj en status i listan.", promptTitle="Status",
                        prompt="Planerad, Genomförd, Ej genomförd eller Inställd", showInputMessage=True)
    ws.add_data_validation(dv)
    dv.add(f"H{FIRST_DATA_ROW}:H{last_row}")
    return dv


def print_setup(ws, last_col, last_row):
    ws.print_area = f"A1:{last_col}{last_row}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.page_margins.left = 0.4
    ws.page_margins.right = 0.4
    ws.oddHeader.center.text = "&A"
    ws.oddHeader.right.text = "Region Västra Götaland"
    ws.oddFooter.left.text = "Utskrivet &D"
    ws.oddFooter.right.text = "Sida &P av &N"


def overall_tab(wb, layout):
    ws = log_tab(wb, layout, "overall", logdata.OVERALL_ROWS)
    ws.sheet_properties.tabColor = "70AD47"
    return ws


def contacts_tab(wb, layout, links=True):
    ws = log_tab(wb, layout, "contacts", logdata.CONTACT_ROWS)
    ws.sheet_properties.tabColor = "4472C4"
    if links:
        for k, row in enumerate(logdata.CONTACT_ROWS):
            c = ws.cell(row=FIRST_DATA_ROW + k, column=5)
            c.hyperlink = f"mailto:{row[4]}"
            c.font = Font(color="0563C1", underline="single")
    return ws


def instructions_tab(wb, layout, image=True):
    tab = layout["instructions"]
    ws = wb.create_sheet(tab["name"])
    for i, line in enumerate(tab["lines"]):
        ws.cell(row=i + 1, column=1, value=line or None)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = tab["widths"][0]
    ws.sheet_properties.tabColor = "FFC000"
    # Links to the tabs named in the text: internal hyperlinks.
    for row, kind in ((4, "overall"), (5, "contacts"), (6, "plan")):
        ws.cell(row=row, column=1).hyperlink = Hyperlink(ref=f"A{row}", location=f"'{layout[kind]['name']}'!A1",
                                                         tooltip=f"Gå till {layout[kind]['name']}")
    if image:
        img = Image(logo_png())
        img.anchor = "C2"
        ws.add_image(img)
    return ws


def times_tab(wb, with_old_dates=True):
    """Times, durations over 24 h and (1900 system only) days before 1 March 1900."""
    ws = wb.create_sheet("Tider")
    ws.append(["Vad", "Värde", "Format"])
    for c in ws[1]:
        c.font = Font(bold=True)
    entries = [
        ("Starttid utbildningsdag", datetime.time(12, 0), "hh:mm"),
        ("Sluttid", datetime.time(16, 30), "hh:mm"),
        ("Restid totalt", datetime.timedelta(hours=30, minutes=15), "[h]:mm"),
        ("Handledning hela året", datetime.timedelta(days=2, hours=3), "[h]:mm:ss"),
        ("Utbildningsdag med tid", datetime.datetime(2017, 2, 14, 12, 0), "yyyy-mm-dd hh:mm"),
    ]
    if with_old_dates:
        entries += [
            ("Serie 1 (första dagen)", datetime.date(1900, 1, 1), DATE_FMT),
            ("Före skottdagen", datetime.date(1900, 2, 15), DATE_FMT),
            ("Sista februari 1900", datetime.date(1900, 2, 28), DATE_FMT),
            ("Första mars 1900", datetime.date(1900, 3, 1), DATE_FMT),
        ]
    for k, (label, value, fmt) in enumerate(entries):
        ws.cell(row=k + 2, column=1, value=label)
        c = ws.cell(row=k + 2, column=2, value=value)
        c.number_format = fmt
        ws.cell(row=k + 2, column=3, value=fmt)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 20
    # Two hidden rows, one tall row.
    ws.row_dimensions[3].hidden = True
    ws.row_dimensions[5].hidden = True
    ws.row_dimensions[1].height = 24
    return ws


def budget_tab(wb):
    """An Excel table with a totals row, fonts and borders, and a defined name on it."""
    ws = wb.create_sheet("Budget")
    ws["A1"] = "Budget spridning 2017"
    ws["A1"].font = Font(bold=True, size=13, name="Cambria")
    rows = [
        ("Lokalhyra", "HiS2", 4500, datetime.date(2017, 2, 14)),
        ("Fika", "HiS2", 1200, datetime.date(2017, 2, 14)),
        ("Resor", "HiS9", 3150.5, datetime.date(2017, 3, 2)),
        ("Material", "HiS4", 800, datetime.date(2017, 2, 20)),
        ("Föreläsare", "HiS5", 6000, datetime.date(2017, 4, 4)),
    ]
    ws.append([])
    ws.append(["Post", "Utbildning", "Belopp", "Datum"])
    for r in rows:
        ws.append(list(r))
    first, last = 4, 3 + len(rows)
    for r in range(first, last + 1):
        ws.cell(row=r, column=3).number_format = "#,##0.00 kr"
        ws.cell(row=r, column=4).number_format = DATE_FMT
    ws.cell(row=last + 1, column=1, value="Summa")
    ws.cell(row=last + 1, column=3, value="=SUBTOTAL(109,Budget[Belopp])")
    table = Table(displayName="Budget", ref=f"A3:D{last + 1}", totalsRowCount=1)
    table._initialise_columns()
    table.tableColumns[0].totalsRowLabel = "Summa"
    table.tableColumns[2].totalsRowFunction = "sum"
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    for r in range(3, last + 2):
        for c in range(1, 5):
            ws.cell(row=r, column=c).border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 12
    ws.row_dimensions[3].height = 20
    wb.defined_names.append(DefinedName("BudgetSumma", attr_text="Budget[[#Totals],[Belopp]]"))
    wb.defined_names.append(DefinedName("BudgetBelopp", attr_text="Budget[Belopp]"))
    return ws, first, last


def overview_tab(wb, layout, password):
    """Formulas: shared formulas, a multi-cell array formula, formulas over a table and a
    defined name; a chart; protected with a password."""
    ws = wb.create_sheet("Översikt")
    plan = layout["plan"]["name"]
    ws["A1"] = "Översikt per utbildning"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Utbildning", "Planerat", "Faktor", "Viktat", "Andel"])
    for c in ws[2]:
        c.font = Font(bold=True)
    data = [("HiS2", 20, 1.0), ("HiS4", 25, 0.5), ("HiS5", 6, 1.5), ("HiS9", 25, 1.0)]
    for k, (t, n, f) in enumerate(data):
        r = 3 + k
        ws.cell(row=r, column=1, value=t)
        ws.cell(row=r, column=2, value=n)
        ws.cell(row=r, column=3, value=f)
    last = 2 + len(data)
    # D3:D6 one shared formula (si 0); E3:E6 another (si 1): as Excel writes a filled-down column.
    for col, text, si in (("D", "B{r}*C{r}", "0"), ("E", "B{r}/SUM($B$3:$B$6)", "1")):
        master = f"{col}3"
        ws[master] = "=" + text.format(r=3)
        ws.formula_attributes[master] = {"t": "shared", "ref": f"{col}3:{col}{last}", "si": si}
        for r in range(4, last + 1):
            cell = ws[f"{col}{r}"]
            cell._value = "="
            cell.data_type = "f"
            ws.formula_attributes[f"{col}{r}"] = {"t": "shared", "si": si}
        for r in range(3, last + 1):
            ws[f"{col}{r}"].number_format = "0.00" if col == "D" else "0%"
    # A multi-cell array formula over G3:G6, and a single-cell one.
    ws["G2"] = "Dubbelt"
    ws["G3"] = "=B3:B6*2"
    ws.formula_attributes["G3"] = {"t": "array", "ref": "G3:G6"}
    ws["A8"] = "Summa viktat"
    ws["B8"] = "=SUM(B3:B6*C3:C6)"
    ws.formula_attributes["B8"] = {"t": "array", "ref": "B8"}
    ws["A9"] = "Budget (tabell)"
    ws["B9"] = "=SUM(Budget[Belopp])"
    ws["A10"] = "Budget (namn)"
    ws["B10"] = "=BudgetSumma"
    ws["A11"] = "Rader i PLAN"
    ws["B11"] = f"=COUNTA('{plan}'!A{FIRST_DATA_ROW}:A500)"
    ws["A12"] = "Planerat i PLAN"
    ws["B12"] = f"=SUM('{plan}'!G:G)"
    chart = BarChart()
    chart.title = "Planerat per utbildning"
    chart.y_axis.title = "Personer"
    chart.add_data(Reference(ws, min_col=2, min_row=2, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=3, max_row=last))
    chart.width, chart.height = 12, 7
    ws.add_chart(chart, "I2")
    ws.protection.sheet = True
    ws.protection.password = password
    ws.protection.formatColumns = False
    ws.sheet_properties.tabColor = "7030A0"
    return ws


def activity_features(ws, layout, kind, last_row, *, icon_column="G", threaded=False):
    """What a coordinator adds to a round's tab: the Status dropdown, conditional formats
    (an icon set, a highlighted status), comments, an auto filter, print set-up."""
    tab = layout[kind]
    last_col = col_letter(len(tab["headers"]) - 1)
    status_validation(ws, FIRST_DATA_ROW + layout_colors["YELLOW_ROWS"] - 1)
    bottom = FIRST_DATA_ROW + layout_colors["YELLOW_ROWS"] - 1
    ws.conditional_formatting.add(
        f"{icon_column}{FIRST_DATA_ROW}:{icon_column}{bottom}",
        IconSetRule("3Arrows", "num", [0, 10, 20], showValue=True),
    )
    ws.conditional_formatting.add(
        f"H{FIRST_DATA_ROW}:H{bottom}",
        CellIsRule(operator="equal", formula=['"Ej genomförd"'], fill=PatternFill(bgColor="FFC7CE"),
                   font=Font(color="9C0006")),
    )
    ws.conditional_formatting.add(
        f"A{FIRST_DATA_ROW}:{last_col}{bottom}",
        FormulaRule(formula=[f'AND($H{FIRST_DATA_ROW}="Genomförd",$J{FIRST_DATA_ROW}="")'],
                    fill=PatternFill(bgColor="FCE4D6")),
    )
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last_row}"
    ws["B4"].comment = Comment("Kontrollera utbildningens namn mot katalogen.", "Samordnaren", width=220,
                               height=80)
    if threaded:
        ws["H6"].comment = Comment(
            "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any "
            "edits to it will get removed if the file is opened in a newer version of Excel. Learn more: "
            "https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    Status saknas – påminn Cecilia.\n"
            "Reply:\n    Påmint 3/2.",
            "tc={5A1D0001-1F2E-4D3C-8B7A-000000002018}",
        )
    print_setup(ws, last_col, bottom)
    ws.row_dimensions[HEADER_ROW].height = 30


def save(wb, out_dir, name):
    # The default empty sheet openpyxl starts with is gone; the first sheet is active.
    wb.active = 0
    stamp = datetime.datetime(2017, 2, 3, 10, 0)
    wb.properties.creator = "Samordnare Skaraborg"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    path = os.path.join(out_dir, name)
    wb.save(path)
    handwritten_parts.write_entries(path, [(i.filename, d) for i, d in handwritten_parts.read_entries(path)])
    return path


def features_book(layout, out_dir):
    """openpyxl-features.xlsx: every feature openpyxl writes, in the log's tabs and beside them."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    instructions_tab(wb, layout)
    overall_tab(wb, layout)
    contacts = contacts_tab(wb, layout)
    contacts["A5"].comment = Comment("Föräldraledig mars–april.", "Samordnaren")
    for kind, color in (("plan", "C00000"), ("aterrap1", "ED7D31"), ("aterrap2", "A5A5A5")):
        rows = logdata.ACTIVITY_ROWS[kind]
        ws = log_tab(wb, layout, kind, rows, extra_notes=(kind == "plan"))
        ws.sheet_properties.tabColor = color
        last = FIRST_DATA_ROW + len(rows) - 1
        activity_features(ws, layout, kind, last, icon_column="G" if kind == "plan" else "J",
                          threaded=(kind == "plan"))
        if kind == "plan":
            # The coordinator's own column L, hidden; a link in Kommentar.
            ws.column_dimensions["L"].hidden = True
            ws.column_dimensions["L"].width = 18
            c = ws.cell(row=FIRST_DATA_ROW + 4, column=11)
            c.hyperlink = "https://www.skaraborg.example.se/his/anmalan"
            c.font = Font(color="0563C1", underline="single")
    budget_tab(wb)
    overview_tab(wb, layout, "samordnare")
    cs = wb.create_chartsheet("Diagram budget")
    chart = BarChart()
    chart.type = "bar"
    chart.title = "Budget per post"
    budget = wb["Budget"]
    chart.add_data(Reference(budget, min_col=3, min_row=3, max_row=8), titles_from_data=True)
    chart.set_categories(Reference(budget, min_col=1, min_row=4, max_row=8))
    cs.add_chart(chart)
    cs.sheetPr = ChartsheetProperties(tabColor=Color(rgb="FF00B050"))
    times_tab(wb)
    wb.security = WorkbookProtection(workbookPassword="skaraborg", lockWindows=True)
    path = save(wb, out_dir, "openpyxl-features.xlsx")
    handwritten_parts.add_threaded_comments(
        path,
        layout["plan"]["name"],
        [("H6", [("2017-02-03T10:15:00.00", "Status saknas – påminn Cecilia."),
                 ("2017-02-03T14:02:00.00", "Påmint 3/2.")])],
        ("{5A1D0001-1F2E-4D3C-8B7A-000000002018}", "Samordnare Skaraborg", "samordnare@example.se"),
    )
    return {
        "file": "openpyxl-features.xlsx",
        "writer": WRITER + " + hand-written threaded-comment parts",
        "dateSystem": 1900,
        "features": [
            "image (PNG) on 0. Instruktioner", "internal hyperlinks", "mailto hyperlinks in 2. Saml kontaktuppg",
            "legacy comments (2., 3.a)", "threaded comment with a reply (3.a H6, hand-written parts)",
            "Status dropdowns (data validation) in 3.a–3.c",
            "conditional formats in 3.a–3.c: icon set (3 arrows), cell value, formula",
            "auto filters", "frozen panes", "print area, print titles, landscape fit-to-width, header/footer",
            "hidden column L (coordinator's own column) in 3.a", "external hyperlink in 3.a K8",
            "row heights", "tab colours", "fonts and borders",
            "Excel table with totals row (Budget)", "defined names on a table (BudgetSumma, BudgetBelopp)",
            "shared formulas (Översikt D3:D6, E3:E6)", "array formulas (Översikt G3:G6 multi-cell, B8)",
            "formulas over a table, a defined name and the log tabs", "chart (Översikt)",
            "chart sheet (Diagram budget)", "sheet protection with password (Översikt)",
            "workbook protection with password (lockWindows)", "times 12:00 and 16:30, durations over 24 h",
            "dates before 1 March 1900 (serials 1, 46, 59) and 1900-03-01 (61)", "hidden rows (Tider)",
            "inline strings (openpyxl writes no shared strings)", "formulas without cached results",
        ],
        "tabs": {kind: logdata.tab_facts(layout, kind, extra_columns=1 if kind == "plan" else 0)
                 for kind in ("contacts", "plan", "aterrap1", "aterrap2")},
        "import": {"round": "plan", "plans": ["anna-lindqvist-plan.docx"]},
    }


def totals_row_book(layout, out_dir):
    """openpyxl-1904-totals.xlsx: the 1904 date system, and a PLAN tab with a trailing totals
    row, so an import inserts rows and everything below and every reference to it moves."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.epoch = CALENDAR_MAC_1904
    instructions_tab(wb, layout, image=False)
    overall_tab(wb, layout)
    contacts_tab(wb, layout, links=False)
    plan_rows = logdata.PLAN_ROWS
    ws = log_tab(wb, layout, "plan", plan_rows, header_style=False)
    last = FIRST_DATA_ROW + len(plan_rows) - 1
    total = last + 1
    ws.cell(row=total, column=1, value="Summa").font = Font(bold=True)
    ws.cell(row=total, column=7, value=f"=SUM(G{FIRST_DATA_ROW}:G{last})").font = Font(bold=True)
    ws.cell(row=total, column=10, value=f'=SUMIFS(J{FIRST_DATA_ROW}:J{last},H{FIRST_DATA_ROW}:H{last},"Genomförd")')
    for c in range(1, 12):
        ws.cell(row=total, column=c).border = Border(top=MEDIUM)
    # Below the totals row: a merged note, a link, a comment, a tall row.
    ws.cell(row=total + 2, column=1, value="Anteckning: Bo har lovat en plan till för HiS9 efter sportlovet.")
    ws.merge_cells(start_row=total + 2, start_column=1, end_row=total + 2, end_column=6)
    ws.row_dimensions[total + 2].height = 28
    link = ws.cell(row=total + 3, column=1, value="Programmets sida")
    link.hyperlink = "https://www.example.se/halsa-i-sverige"
    ws.cell(row=total + 3, column=3, value="Se kommentaren").comment = Comment("Uppdaterad 2017-02-01.",
                                                                              "Samordnaren")
    # An image below the totals row: its anchor moves with the rows.
    img = Image(logo_png())
    img.anchor = f"H{total + 2}"
    ws.add_image(img)
    # A merge above the data rows too: the title over A1:F1.
    ws.merge_cells("A1:F1")
    status_validation(ws, last)
    ws.conditional_formatting.add(f"G{FIRST_DATA_ROW}:G{total}",
                                  IconSetRule("3TrafficLights1", "num", [0, 10, 20]))
    ws.conditional_formatting.add(f"A{total + 2}:F{total + 2}",
                                  FormulaRule(formula=["TRUE"], fill=PatternFill(bgColor="FFF2CC")))
    ws.auto_filter.ref = f"A{HEADER_ROW}:K{last}"
    ws.print_area = f"A1:K{total + 3}"
    ws.sheet_properties.tabColor = "C00000"
    # Dates in the 1904 system: a time, a duration in the log's own extra column.
    ws.cell(row=HEADER_ROW, column=12, value="Starttid").font = Font(bold=True)
    ws.cell(row=FIRST_DATA_ROW, column=12, value=datetime.time(12, 0)).number_format = "hh:mm"
    ws.cell(row=FIRST_DATA_ROW + 2, column=12, value=datetime.timedelta(hours=26)).number_format = "[h]:mm"
    for kind in ("aterrap1", "aterrap2"):
        t = log_tab(wb, layout, kind, logdata.ACTIVITY_ROWS[kind], header_style=False)
        status_validation(t, FIRST_DATA_ROW + 49)
    # Another sheet referring to the PLAN tab's rows: the totals cell, its data rows, a name.
    up = wb.create_sheet("Uppföljning")
    plan = layout["plan"]["name"]
    up["A1"] = "Uppföljning PLAN"
    up["A1"].font = Font(bold=True)
    up["A2"], up["B2"] = "Planerat totalt", f"='{plan}'!G{total}"
    up["A3"], up["B3"] = "Aktiviteter", f"=COUNTA('{plan}'!A{FIRST_DATA_ROW}:A{last})"
    up["A4"], up["B4"] = "Första planerade datum", f"=MIN('{plan}'!F{FIRST_DATA_ROW}:F{last})"
    up["B4"].number_format = DATE_FMT
    up["A5"], up["B5"] = "Anteckning", f"='{plan}'!A{total + 2}"
    up["A6"], up["B6"] = "Datum i 1904-systemet", datetime.date(2017, 2, 10)
    up["B6"].number_format = DATE_FMT
    up["A7"], up["B7"] = "Tid", datetime.time(12, 0)
    up["B7"].number_format = "hh:mm"
    up["A8"], up["B8"] = "Varaktighet", datetime.timedelta(hours=49, minutes=30)
    up["B8"].number_format = "[h]:mm"
    wb.defined_names.append(DefinedName("PlanSumma", attr_text=f"'{plan}'!$G${total}"))
    wb.defined_names.append(DefinedName("PlanRader", attr_text=f"'{plan}'!$A${FIRST_DATA_ROW}:$K${last}"))
    up["A9"], up["B9"] = "Via namn", "=PlanSumma"
    for r, v in enumerate([12, 8, 15, 10, 25, 6], start=12):
        up.cell(row=r, column=1, value=f"Vecka {r - 5}")
        up.cell(row=r, column=2, value=v)
    cs = wb.create_chartsheet("Diagram")
    chart = LineChart()
    chart.title = "Planerat per vecka"
    chart.add_data(Reference(up, min_col=2, min_row=12, max_row=17))
    chart.set_categories(Reference(up, min_col=1, min_row=12, max_row=17))
    cs.add_chart(chart)
    times_tab(wb, with_old_dates=False)
    save(wb, out_dir, "openpyxl-1904-totals.xlsx")
    return {
        "file": "openpyxl-1904-totals.xlsx",
        "writer": WRITER,
        "dateSystem": 1904,
        "features": [
            "1904 date system (workbookPr date1904)", "dates, times 12:00 and durations over 24 h in 1904 serials",
            "trailing totals row in 3.a (SUM, SUMIFS): an import inserts rows before it",
            "below the totals row: a merged note, a hyperlink, a comment, an image, a row height",
            "merged title A1:F1", "Status dropdown, icon-set and formula conditional formats whose ranges "
            "cross the insert position", "auto filter", "print area",
            "formulas on another sheet (Uppföljning) and defined names (PlanSumma, PlanRader) referring to "
            "the rows that move", "chart sheet (Diagram) over Uppföljning", "hidden rows (Tider)",
            "tab colours",
        ],
        "tabs": {
            "contacts": logdata.tab_facts(layout, "contacts"),
            "plan": logdata.tab_facts(layout, "plan", totals_row=total, extra_columns=1),
            "aterrap1": logdata.tab_facts(layout, "aterrap1"),
            "aterrap2": logdata.tab_facts(layout, "aterrap2"),
        },
        "import": {"round": "plan", "plans": ["erik-johansson-plan.docx"]},
    }


MAP_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<MapInfo xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" SelectionNamespaces=""><Schema ID="Schema1"><xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns="" elementFormDefault="qualified"><xsd:element name="Rapport"><xsd:complexType><xsd:sequence><xsd:element name="Rad" minOccurs="0" maxOccurs="unbounded"><xsd:complexType><xsd:sequence><xsd:element name="Utbildning" type="xsd:string"/><xsd:element name="Antal" type="xsd:integer"/></xsd:sequence></xsd:complexType></xsd:element></xsd:sequence></xsd:complexType></xsd:element></xsd:schema></Schema><Map ID="1" Name="Rapport_mappning" RootElement="Rapport" SchemaID="Schema1" ShowImportExportValidationErrors="false" AutoFit="true" Append="false" PreserveSortAFLayout="true" PreserveFormat="true"/></MapInfo>"""


def macro_book(layout, out_dir):
    """openpyxl-macro.xlsm: a macro workbook (placeholder VBA part), an XML map, an icon filter."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    instructions_tab(wb, layout, image=False)
    overall_tab(wb, layout)
    contacts_tab(wb, layout)
    for kind in ("plan", "aterrap1", "aterrap2"):
        rows = logdata.ACTIVITY_ROWS[kind]
        ws = log_tab(wb, layout, kind, rows)
        last = FIRST_DATA_ROW + len(rows) - 1
        activity_features(ws, layout, kind, last, icon_column="J")
    # Archive: last year's numbers under an icon set, filtered by icon (rows hidden by the filter).
    ar = wb.create_sheet("Arkiv 2016")
    ar.append(["Utbildning", "Verksamhet", "Antal nådda"])
    archive = [("HiS1", "VC Norr", 4), ("HiS2", "BUP Söder", 18), ("HiS4", "VC Syd", 26), ("HiS6", "VC Norr", 9),
               ("HiS9", "Psykiatrin Öst", 22), ("HiS10", "Elevhälsan", 14), ("HiS12", "Ledning", 31)]
    for r in archive:
        ar.append(list(r))
    ar.conditional_formatting.add("C2:C8", IconSetRule("3Arrows", "num", [0, 10, 20]))
    ar.auto_filter.ref = "A1:C8"
    ar.auto_filter.filterColumn.append(FilterColumn(colId=2, iconFilter=IconFilter(iconSet="3Arrows", iconId=2)))
    for k, (_, _, n) in enumerate(archive):
        if n < 20:
            ar.row_dimensions[k + 2].hidden = True
    ar.sheet_properties.filterMode = True
    ar["E1"] = "Makro: knappen ”Skicka rapport” kör modulen Rapport (VBA)."
    path = save(wb, out_dir, "openpyxl-macro.xlsm")
    handwritten_parts.make_macro_enabled(path, handwritten_parts.placeholder_vba_project())
    handwritten_parts.add_xml_map(path, MAP_XML)
    return {
        "file": "openpyxl-macro.xlsm",
        "writer": WRITER + " + hand-written vbaProject.bin (placeholder) and xmlMaps.xml",
        "dateSystem": 1900,
        "features": [
            "macro-enabled workbook (.xlsm content type, xl/vbaProject.bin: a placeholder, not real VBA)",
            "XML map (xl/xmlMaps.xml)", "icon filter (auto filter by icon, rows hidden) on Arkiv 2016",
            "icon-set conditional formats", "Status dropdowns", "legacy comments", "print set-up",
            "hyperlinks", "auto filters",
        ],
        "tabs": {kind: logdata.tab_facts(layout, kind) for kind in ("contacts", "plan", "aterrap1", "aterrap2")},
        "import": {"round": "aterrap2", "plans": ["johan-ek-aterrap2.docx"]},
    }


layout_colors = {}


def main():
    layout_path, out_dir = sys.argv[1], sys.argv[2]
    layout, raw = logdata.load_layout(layout_path)
    layout_colors.update({k: raw[k] for k in ("YELLOW", "HEADER_FILL", "YELLOW_ROWS")})
    entries = [features_book(layout, out_dir), totals_row_book(layout, out_dir), macro_book(layout, out_dir)]
    json.dump(entries, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
