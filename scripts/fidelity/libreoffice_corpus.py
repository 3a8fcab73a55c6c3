"""The corpus workbooks written by LibreOffice Calc (headless soffice, driven through UNO with
Debian's python3-uno), saved with LibreOffice's own "Excel 2007-365" export.

Run through scripts/fidelity/make-corpus.ts:
  /usr/bin/python3 scripts/fidelity/libreoffice_corpus.py LAYOUT.json OUTDIR
Prints a JSON list: one entry per workbook (file, writer, features, dateSystem, tabs).
"""

import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from xml.sax.saxutils import quoteattr

import uno
from com.sun.star.awt import Point, Rectangle, Size
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale
from com.sun.star.table import BorderLine2, CellAddress, CellRangeAddress

sys.path.insert(0, os.path.dirname(__file__))
import logdata  # noqa: E402
from logdata import FIRST_DATA_ROW, HEADER_ROW, col_letter  # noqa: E402

XLSX_FILTER = "Calc MS Excel 2007 XML"
BOLD = 150.0  # com.sun.star.awt.FontWeight.BOLD


def enum(type_name, value):
    return uno.Enum(type_name, value)


def const(name):
    return uno.getConstantByName(name)


def pv(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def rgb(hex6):
    return int(hex6.lstrip("#"), 16)


class Office:
    """A headless soffice with its own profile, reached over a named pipe."""

    def __init__(self, work):
        self.work = work
        pipe = f"fidelity{os.getpid()}"
        profile = uno.systemPathToFileUrl(os.path.join(work, "profile"))
        self.proc = subprocess.Popen(
            ["soffice", f"-env:UserInstallation={profile}", "--headless", "--invisible", "--nologo",
             "--norestore", "--nodefault", f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                self.ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise RuntimeError("soffice did not answer")
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.version = self.product_version()

    def product_version(self):
        cp = self.smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", self.ctx)
        access = cp.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                (pv("nodepath", "/org.openoffice.Setup/Product"),))
        return f"{access.getByName('ooName')} {access.getByName('ooSetupVersionAboutBox')}"

    def new_calc(self):
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (pv("Hidden", True),))

    def graphic(self, path):
        gp = self.smgr.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", self.ctx)
        return gp.queryGraphic((pv("URL", uno.systemPathToFileUrl(path)),))

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()


ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
)


def fods_skeleton(sheet_names, icon_sets):
    """Flat ODS: the sheets, and per sheet [(A1 range, icon set type, [thresholds])]."""
    tables = []
    for name in sheet_names:
        formats = []
        for ref, kind, values in icon_sets.get(name, []):
            a, b = ref.split(":")
            q = "'" + name.replace("'", "''") + "'"
            entries = "".join(f'<calcext:formatting-entry calcext:value="{v}" calcext:type="number"/>' for v in values)
            formats.append(f'<calcext:conditional-format calcext:target-range-address={quoteattr(f"{q}.{a}:{q}.{b}")}>'
                           f'<calcext:icon-set calcext:icon-set-type="{kind}">{entries}</calcext:icon-set>'
                           f"</calcext:conditional-format>")
        cf = f"<calcext:conditional-formats>{''.join(formats)}</calcext:conditional-formats>" if formats else ""
        tables.append(f"<table:table table:name={quoteattr(name)}><table:table-column/>"
                      f"<table:table-row><table:table-cell/></table:table-row>{cf}</table:table>")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ODF_NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>'
            f'{"".join(tables)}</office:spreadsheet></office:body></office:document>')


class Book:
    """One Calc document and the helpers the generators use.

    The document starts from a flat ODF skeleton naming every sheet in order and holding the
    icon-set conditional formats: Calc's UNO API (7.4) creates an icon set without thresholds
    and crashes when they are set afterwards, while its ODF import takes them whole."""

    def __init__(self, office, work, sheet_names, icon_sets=None, null_date=(1899, 12, 30)):
        self.office = office
        skeleton = os.path.join(work, f"skeleton-{len(os.listdir(work))}.fods")
        with open(skeleton, "w", encoding="utf-8") as f:
            f.write(fods_skeleton(sheet_names, icon_sets or {}))
        self.doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(skeleton), "_blank", 0,
                                                       (pv("Hidden", True),))
        d = uno.createUnoStruct("com.sun.star.util.Date")
        d.Year, d.Month, d.Day = null_date
        self.doc.NullDate = d
        self.epoch = datetime.date(*null_date)
        self.formats = {}

    def number_format(self, code):
        if code not in self.formats:
            nf = self.doc.NumberFormats
            loc = Locale("en", "US", "")
            key = nf.queryKey(code, loc, False)
            if key == -1:
                key = nf.addNew(code, loc)
            self.formats[code] = key
        return self.formats[code]

    def sheet(self, name):
        return self.doc.Sheets.getByName(name)

    def index(self, sheet):
        return sheet.RangeAddress.Sheet

    def addr(self, sheet, c0, r0, c1, r1):
        """0-based columns and rows."""
        a = CellRangeAddress()
        a.Sheet, a.StartColumn, a.StartRow, a.EndColumn, a.EndRow = self.index(sheet), c0, r0, c1, r1
        return a

    def serial(self, value):
        """A date, a time or a duration as the number Calc stores (days since the null date)."""
        if isinstance(value, datetime.datetime):
            return (value - datetime.datetime.combine(self.epoch, datetime.time())).total_seconds() / 86400
        if isinstance(value, datetime.date):
            return (value - self.epoch).days
        if isinstance(value, datetime.time):
            return (value.hour * 3600 + value.minute * 60 + value.second) / 86400
        if isinstance(value, datetime.timedelta):
            return value.total_seconds() / 86400
        raise TypeError(value)

    def put(self, sheet, ref, value, fmt=None):
        """Writes a value: str (a leading '=' is a formula), number, date/time/duration."""
        cell = sheet.getCellRangeByName(ref)
        if value is None:
            return cell
        if isinstance(value, str):
            if value.startswith("="):
                cell.setFormula(value)
            else:
                cell.setString(value)
        elif isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
            cell.setValue(self.serial(value))
            fmt = fmt or ("YYYY-MM-DD" if isinstance(value, datetime.date) and not isinstance(
                value, datetime.datetime) else "YYYY-MM-DD HH:MM" if isinstance(value, datetime.datetime)
                else "HH:MM" if isinstance(value, datetime.time) else "[HH]:MM")
        else:
            cell.setValue(value)
        if fmt:
            cell.NumberFormat = self.number_format(fmt)
        return cell

    def save(self, path):
        self.doc.storeToURL(uno.systemPathToFileUrl(path), (pv("FilterName", XLSX_FILTER),))

    def close(self):
        self.doc.close(True)


def border(color="1F3864", width=35):
    b = BorderLine2()
    b.Color = rgb(color)
    b.OuterLineWidth = width
    b.LineWidth = width
    return b


def log_tab(book, layout, kind, rows, *, extra_notes=False, tab_color=None, header_height=None):
    tab = layout[kind]
    ws = book.sheet(tab["name"])
    c = book.put(ws, "A1", tab["lines"][0])
    c.CharWeight = BOLD
    c.CharHeight = 14
    c = book.put(ws, "A2", tab["lines"][1])
    c.CharPosture = enum("com.sun.star.awt.FontSlant", "ITALIC")
    headers = list(tab["headers"]) + ([logdata.EXTRA_ACTIVITY_HEADER] if extra_notes else [])
    for i, h in enumerate(headers):
        c = book.put(ws, f"{col_letter(i)}{HEADER_ROW}", h)
        c.CharWeight = BOLD
        c.CharColor = rgb("1F3864")
        c.IsTextWrapped = True
        yellow = tab["yellowColumn"] is not None and i == tab["yellowColumn"]
        c.CellBackColor = rgb(COLORS["YELLOW"] if yellow else COLORS["HEADER_FILL"])
        c.BottomBorder = border()
    for i, w in enumerate(tab["widths"]):
        ws.Columns.getByIndex(i).Width = int(w * 200)
    for k, row in enumerate(rows):
        r = FIRST_DATA_ROW + k
        for i, v in enumerate(row):
            book.put(ws, f"{col_letter(i)}{r}", v)
        if extra_notes and logdata.EXTRA_ACTIVITY_NOTES[k % len(logdata.EXTRA_ACTIVITY_NOTES)]:
            book.put(ws, f"{col_letter(len(tab['headers']))}{r}", logdata.EXTRA_ACTIVITY_NOTES[k])
    if tab["yellowColumn"] is not None:
        col = tab["yellowColumn"]
        yellow = ws.getCellRangeByPosition(col, FIRST_DATA_ROW - 1, col, FIRST_DATA_ROW + COLORS["YELLOW_ROWS"] - 2)
        yellow.CellBackColor = rgb(COLORS["YELLOW"])
    if tab_color:
        ws.TabColor = rgb(tab_color)
    if header_height:
        ws.Rows.getByIndex(HEADER_ROW - 1).Height = header_height
    return ws


def auto_filter(book, ws, name, last_col0, last_row1):
    ranges = book.doc.DatabaseRanges
    ranges.addNewByName(name, book.addr(ws, 0, HEADER_ROW - 1, last_col0, last_row1 - 1))
    ranges.getByName(name).AutoFilter = True


def status_validation(ws, last_row1):
    rng = ws.getCellRangeByName(f"H{FIRST_DATA_ROW}:H{last_row1}")
    v = rng.Validation
    v.Type = enum("com.sun.star.sheet.ValidationType", "LIST")
    v.setFormula1(";".join(f'"{s}"' for s in logdata.STATUSES))
    v.ShowList = const("com.sun.star.sheet.TableValidationVisibility.UNSORTED")
    v.IgnoreBlankCells = True
    v.ShowErrorMessage = True
    v.ErrorTitle = "Status"
    v.ErrorMessage = "Välj en status i listan."
    v.ShowInputMessage = True
    v.InputTitle = "Status"
    v.InputMessage = "Planerad, Genomförd, Ej genomförd eller Inställd"
    rng.Validation = v


def cell_is(ws, ref, formula, style):
    rng = ws.getCellRangeByName(ref)
    cf = rng.ConditionalFormat
    cf.addNew((pv("Operator", enum("com.sun.star.sheet.ConditionOperator", "EQUAL")), pv("Formula1", formula),
               pv("StyleName", style)))
    rng.ConditionalFormat = cf


def url_cell(book, ws, ref, url, text):
    cell = ws.getCellRangeByName(ref)
    field = book.doc.createInstance("com.sun.star.text.TextField.URL")
    field.URL = url
    field.Representation = text
    t = cell.getText()
    t.setString("")
    t.insertTextContent(t.createTextCursor(), field, False)


def comment(book, ws, ref, text):
    cell = ws.getCellRangeByName(ref).CellAddress
    ws.Annotations.insertNew(cell, text)


def page_style(book, ws, name, *, landscape=True, header=True):
    styles = book.doc.StyleFamilies.getByName("PageStyles")
    style = book.doc.createInstance("com.sun.star.style.PageStyle")
    styles.insertByName(name, style)
    if landscape:
        w, h = style.Width, style.Height
        style.IsLandscape = True
        style.Width, style.Height = max(w, h), min(w, h)
    if header:
        style.HeaderIsOn = True
        style.FooterIsOn = True
        hc = style.RightPageHeaderContent
        hc.CenterText.setString("")
        hc.CenterText.insertTextContent(hc.CenterText.createTextCursor(),
                                        book.doc.createInstance("com.sun.star.text.TextField.SheetName"), False)
        hc.RightText.setString("Region Västra Götaland")
        style.RightPageHeaderContent = hc
        fc = style.RightPageFooterContent
        fc.LeftText.setString("Samlad spridningslogg")
        fc.RightText.setString("Sida ")
        fc.RightText.insertTextContent(fc.RightText.getEnd(),
                                       book.doc.createInstance("com.sun.star.text.TextField.PageNumber"), False)
        style.RightPageFooterContent = fc
    style.ScaleToPagesX = 1
    style.ScaleToPagesY = 0
    ws.PageStyle = name


def logo_png(path):
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (160, 48), (0, 84, 122))
    d = ImageDraw.Draw(img)
    d.ellipse([6, 6, 42, 42], fill=(120, 190, 32))
    d.text((52, 17), "Skaraborg", fill=(255, 255, 255))
    img.save(path, format="PNG", optimize=True)


def image(book, ws, ref, png_path, size=(4200, 1260)):
    shape = book.doc.createInstance("com.sun.star.drawing.GraphicObjectShape")
    shape.Graphic = book.office.graphic(png_path)
    ws.DrawPage.add(shape)
    shape.setSize(Size(*size))
    cell = ws.getCellRangeByName(ref)
    shape.setPosition(Point(cell.Position.X, cell.Position.Y))
    shape.Anchor = cell
    shape.Name = "Logotyp"


def chart(book, ws, name, rect, data_addr):
    ws.Charts.addNewByName(name, Rectangle(*rect), (data_addr,), True, True)


def external_source(office, work, out_dir):
    """The budget file the features workbook links to (saved beside it, so the link is relative;
    removed after)."""
    b = Book(office, work, ["Blad1"])
    s = b.sheet("Blad1")
    b.put(s, "A1", "Budget 2017")
    b.put(s, "A2", "Totalt")
    b.put(s, "B2", 45000)
    b.put(s, "A3", "Förbrukat")
    b.put(s, "B3", 15650.5)
    path = os.path.join(out_dir, "Budget 2017.xlsx")
    b.save(path)
    b.close()
    return path


def instructions_tab(book, layout, png):
    tab = layout["instructions"]
    ws = book.sheet(tab["name"])
    for i, line in enumerate(tab["lines"]):
        if line:
            book.put(ws, f"A{i + 1}", line)
    c = ws.getCellRangeByName("A1")
    c.CharWeight = BOLD
    c.CharHeight = 14
    ws.Columns.getByIndex(0).Width = tab["widths"][0] * 200
    ws.TabColor = rgb("FFC000")
    if png:
        image(book, ws, "B2", png)
    return ws


def features_book(office, layout, out_dir, work):
    """libreoffice-features.xlsx: what Calc writes to .xlsx, in the log's tabs and beside them."""
    bottom = FIRST_DATA_ROW + COLORS["YELLOW_ROWS"] - 1
    names = [layout[k]["name"] for k in ("instructions", "overall", "contacts", "plan", "aterrap1", "aterrap2")]
    arrows = {layout[k]["name"]: [(f"{c}{FIRST_DATA_ROW}:{c}{bottom}", "3Arrows", [0, 10, 20])]
              for k, c in (("plan", "G"), ("aterrap1", "J"), ("aterrap2", "J"))}
    book = Book(office, work, names + ["Statistik", "Deltagare", "Pivot"], arrows)
    png = os.path.join(work, "logo.png")
    logo_png(png)
    instructions_tab(book, layout, png)
    log_tab(book, layout, "overall", logdata.OVERALL_ROWS, tab_color="70AD47")
    contacts = log_tab(book, layout, "contacts", logdata.CONTACT_ROWS, tab_color="4472C4")
    comment(book, contacts, "A5", "Föräldraledig mars–april.")
    url_cell(book, contacts, "E4", "mailto:bo.ek@example.se", "bo.ek@example.se")
    tabs = {}
    for kind, color in (("plan", "C00000"), ("aterrap1", "ED7D31"), ("aterrap2", "A5A5A5")):
        rows = logdata.ACTIVITY_ROWS[kind]
        ws = log_tab(book, layout, kind, rows, extra_notes=(kind == "plan"), tab_color=color, header_height=1000)
        last = FIRST_DATA_ROW + len(rows) - 1
        status_validation(ws, bottom)
        cell_is(ws, f"H{FIRST_DATA_ROW}:H{bottom}", '"Ej genomförd"', "Bad")
        auto_filter(book, ws, f"Filter_{kind}", 10 + (1 if kind == "plan" else 0), last)
        comment(book, ws, "B4", "Kontrollera utbildningens namn mot katalogen.")
        page_style(book, ws, f"Logg {kind}")
        ws.setPrintAreas((book.addr(ws, 0, 0, 10, bottom - 1),))
        ws.setTitleRows(book.addr(ws, 0, HEADER_ROW - 1, 10, HEADER_ROW - 1))
        ws.setPrintTitleRows(True)
        tabs[kind] = ws
    plan = tabs["plan"]
    plan.Columns.getByIndex(11).IsVisible = False  # the coordinator's own column L, hidden
    url_cell(book, plan, "K8", "https://www.skaraborg.example.se/his/anmalan", "Anmälan")
    # Statistik: formulas with cached results over the log, an array formula, named ranges,
    # an external link; protected with a password.
    st = book.sheet("Statistik")
    st.TabColor = rgb("7030A0")
    pname = layout["plan"]["name"]
    plast = FIRST_DATA_ROW + len(logdata.PLAN_ROWS) - 1
    book.doc.NamedRanges.addNewByName("PlaneratAntal", f"$'{pname}'.$G${FIRST_DATA_ROW}:$G${plast}",
                                      CellAddress(), 0)
    book.doc.NamedRanges.addNewByName("Statusar", f"$'{pname}'.$H${FIRST_DATA_ROW}:$H${plast}", CellAddress(), 0)
    book.put(st, "A1", "Statistik PLAN").CharWeight = BOLD
    rows = [
        ("Aktiviteter", f"=COUNTA($'{pname}'.A{FIRST_DATA_ROW}:A{plast})"),
        ("Planerat antal", "=SUM(PlaneratAntal)"),
        ("Största planerade", f"=MAX($'{pname}'.G{FIRST_DATA_ROW}:G{plast})"),
        ("Första datum", f"=MIN($'{pname}'.F{FIRST_DATA_ROW}:F{plast})"),
        ("Snitt per aktivitet", "=ROUND(B3/B2;2)"),
        ("Budget (extern fil)", "='file:///EXTERNAL/Budget 2017.xlsx'#$Blad1.B2"),
        ("Förbrukat (extern fil)", "='file:///EXTERNAL/Budget 2017.xlsx'#$Blad1.B3"),
    ]
    ext = external_source(office, work, out_dir)
    ext_url = uno.systemPathToFileUrl(ext)
    for k, (label, f) in enumerate(rows):
        book.put(st, f"A{k + 2}", label)
        book.put(st, f"B{k + 2}", f.replace("file:///EXTERNAL/Budget 2017.xlsx", ext_url))
    st.getCellRangeByName("B5").NumberFormat = book.number_format("YYYY-MM-DD")
    book.put(st, "A10", "Per utbildning (matrisformel)").CharWeight = BOLD
    trainings = ["HiS2", "HiS4", "HiS5", "HiS9"]
    for k, t in enumerate(trainings):
        book.put(st, f"A{11 + k}", t)
    st.getCellRangeByName("B11:B14").setArrayFormula(
        f"=SUMIF(LEFT($'{pname}'.B{FIRST_DATA_ROW}:B{plast};4);A11:A14;$'{pname}'.G{FIRST_DATA_ROW}:G{plast})")
    book.put(st, "A16", "Totalt (matris, en cell)")
    st.getCellRangeByName("B16").setArrayFormula("=SUM(B11:B14*1)")
    for k in range(11, 15):
        book.put(st, f"C{k}", f"=B{k}/$B$16", "0%")
    st.Rows.getByIndex(9).Height = 700
    st.Columns.getByIndex(0).Width = 6000
    chart(book, st, "PerUtbildning", (9000, 500, 12000, 7000), book.addr(st, 0, 9, 1, 13))
    st.protect("samordnare")
    # Deltagare: data for the pivot table, with hidden rows and a fixed row height.
    dl = book.sheet("Deltagare")
    book.put(dl, "A1", "Utbildning")
    book.put(dl, "B1", "Verksamhet")
    book.put(dl, "C1", "Deltagare")
    book.put(dl, "D1", "Datum")
    data = [("HiS2", "BUP Söder", 11, datetime.date(2017, 2, 14)), ("HiS2", "BUP Söder", 7, datetime.date(2017, 3, 22)),
            ("HiS4", "VC Ulricehamn", 31, datetime.date(2017, 2, 20)), ("HiS9", "Psykiatrin Öst", 14,
                                                                           datetime.date(2017, 4, 6)),
            ("HiS5", "VC Falköping", 6, datetime.date(2017, 4, 4)), ("HiS9", "Psykiatrin Öst", 9,
                                                                     datetime.date(2017, 4, 20))]
    for k, row in enumerate(data):
        for i, v in enumerate(row):
            book.put(dl, f"{col_letter(i)}{k + 2}", v)
    for i in range(4):
        c = dl.getCellByPosition(i, 0)
        c.CharWeight = BOLD
        c.BottomBorder = border("000000", 18)
    dl.Rows.getByIndex(3).IsVisible = False
    dl.Rows.getByIndex(0).Height = 800
    pv_sheet = book.sheet("Pivot")
    dp = pv_sheet.DataPilotTables
    desc = dp.createDataPilotDescriptor()
    desc.setSourceRange(book.addr(dl, 0, 0, 3, len(data)))
    fields = desc.getDataPilotFields()
    fields.getByIndex(0).Orientation = enum("com.sun.star.sheet.DataPilotFieldOrientation", "ROW")
    f2 = fields.getByIndex(2)
    f2.Orientation = enum("com.sun.star.sheet.DataPilotFieldOrientation", "DATA")
    f2.Function = enum("com.sun.star.sheet.GeneralFunction", "SUM")
    dp.insertNewByName("DeltagarePerUtbildning", CellAddress(book.index(pv_sheet), 0, 2), desc)
    book.put(pv_sheet, "A1", "Deltagare per utbildning (pivottabell)").CharWeight = BOLD
    path = os.path.join(out_dir, "libreoffice-features.xlsx")
    book.save(path)
    book.close()
    os.remove(ext)
    return {
        "file": "libreoffice-features.xlsx",
        "writer": office.version,
        "dateSystem": 1900,
        "features": [
            "image on 0. Instruktioner", "comments (2., 3.a–3.c)", "hyperlinks (mailto in 2., a URL in 3.a K8)",
            "Status dropdowns (data validation) in 3.a–3.c", "icon-set and cell-value conditional formats in 3.a–3.c",
            "auto filters on the log tabs, which LibreOffice writes as Excel tables (ListObjects A3:K…/A3:L…)",
            "print areas, print title rows, landscape page styles with "
            "header/footer", "hidden column L (coordinator's own column) in 3.a", "row heights", "tab colours",
            "fonts, fills and borders", "shared strings", "formulas with cached results (Statistik)",
            "named ranges over the PLAN tab (PlaneratAntal, Statusar)", "array formulas (Statistik B11:B14, B16)",
            "external link to Budget 2017.xlsx (externalLink part with cached values)",
            "chart (Statistik)", "sheet protection with password (Statistik)",
            "pivot table with its cache (Pivot over Deltagare)", "hidden row (Deltagare)",
        ],
        "tabs": {kind: logdata.tab_facts(layout, kind, extra_columns=1 if kind == "plan" else 0)
                 for kind in ("contacts", "plan", "aterrap1", "aterrap2")},
        "import": {"round": "plan", "plans": ["anna-lindqvist-plan.docx", "erik-johansson-plan.docx"]},
    }


def dates_1904_book(office, layout, out_dir, work):
    """libreoffice-1904.xlsx: a workbook in the 1904 date system (null date 1904-01-01)."""
    names = [layout[k]["name"] for k in ("instructions", "overall", "contacts", "plan", "aterrap1", "aterrap2")]
    lights = {layout[k]["name"]: [(f"J{FIRST_DATA_ROW}:J{FIRST_DATA_ROW + 99}", "3TrafficLights1", [0, 5, 15])]
              for k in ("plan", "aterrap1", "aterrap2")}
    book = Book(office, work, names + ["Tider"], lights, null_date=(1904, 1, 1))
    instructions_tab(book, layout, None)
    log_tab(book, layout, "overall", logdata.OVERALL_ROWS)
    log_tab(book, layout, "contacts", logdata.CONTACT_ROWS)
    for kind in ("plan", "aterrap1", "aterrap2"):
        rows = logdata.ACTIVITY_ROWS[kind]
        ws = log_tab(book, layout, kind, rows, tab_color="C00000" if kind == "aterrap1" else None)
        last = FIRST_DATA_ROW + len(rows) - 1
        status_validation(ws, FIRST_DATA_ROW + 99)
        auto_filter(book, ws, f"Filter_{kind}", 10, last)
    at1 = book.doc.Sheets.getByName(layout["aterrap1"]["name"])
    comment(book, at1, "H6", "Ny tid bokas i april.")
    t = book.sheet("Tider")
    book.put(t, "A1", "Vad").CharWeight = BOLD
    book.put(t, "B1", "Värde").CharWeight = BOLD
    entries = [
        ("Planerat datum", datetime.date(2017, 2, 10)),
        ("Starttid", datetime.time(12, 0)),
        ("Sluttid", datetime.time(16, 30)),
        ("Restid totalt", datetime.timedelta(hours=30, minutes=15)),
        ("Handledning hela året", datetime.timedelta(days=3, hours=1)),
        ("Utbildningsdag med tid", datetime.datetime(2017, 4, 6, 12, 0)),
        ("Tidigaste dag i 1904-systemet", datetime.date(1904, 1, 1)),
    ]
    for k, (label, value) in enumerate(entries):
        book.put(t, f"A{k + 2}", label)
        book.put(t, f"B{k + 2}", value)
    book.put(t, "A10", "Dagar mellan")
    book.put(t, "B10", "=B7-B2", "0.00")
    book.put(t, "A11", "Timmar restid")
    book.put(t, "B11", "=B5*24", "0.00")
    t.Columns.getByIndex(0).Width = 6500
    t.Columns.getByIndex(1).Width = 4000
    t.Rows.getByIndex(4).IsVisible = False
    chart(book, t, "Tider", (12000, 500, 10000, 6000), book.addr(t, 0, 1, 1, 3))
    path = os.path.join(out_dir, "libreoffice-1904.xlsx")
    book.save(path)
    book.close()
    return {
        "file": "libreoffice-1904.xlsx",
        "writer": office.version,
        "dateSystem": 1904,
        "features": [
            "1904 date system (workbookPr date1904)", "dates in the log tabs as 1904 serials",
            "times 12:00 and 16:30, durations over 24 h, a date with a time (Tider)",
            "formulas with cached results over dates and durations", "chart (Tider)", "hidden row (Tider)",
            "Status dropdowns and traffic-light icon sets in 3.a–3.c",
            "auto filters on the log tabs, written as Excel tables", "comment (3.b H6)",
        ],
        "tabs": {kind: logdata.tab_facts(layout, kind) for kind in ("contacts", "plan", "aterrap1", "aterrap2")},
        "import": {"round": "aterrap1", "plans": ["karin-berg-aterrap1.docx"]},
    }


COLORS = {}


def main():
    layout_path, out_dir = sys.argv[1], sys.argv[2]
    layout, raw = logdata.load_layout(layout_path)
    COLORS.update({k: raw[k] for k in ("YELLOW", "HEADER_FILL", "YELLOW_ROWS")})
    work = tempfile.mkdtemp(prefix="fidelity-lo-")
    office = Office(work)
    try:
        entries = [features_book(office, layout, out_dir, work), dates_1904_book(office, layout, out_dir, work)]
    finally:
        office.close()
        shutil.rmtree(work, ignore_errors=True)
    json.dump(entries, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
