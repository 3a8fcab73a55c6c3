"""Parts no writer on this machine makes, added by hand to a finished package, following the
OOXML spec (ECMA-376) and Microsoft's extensions ([MS-XLSX]): threaded comments with their
person list, a VBA project part for an .xlsm, and an XML map. Every part is registered in
[Content_Types].xml and reached through a relationship, as Excel writes them.
"""

import posixpath
import re
import zipfile

REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
THREADED_REL = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment"
PERSON_REL = "http://schemas.microsoft.com/office/2017/10/relationships/person"
VBA_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
XMLMAPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/xmlMaps"
TC_NS = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def read_entries(path):
    with zipfile.ZipFile(path) as z:
        return [(info, z.read(info.filename)) for info in z.infolist()]


def write_entries(path, entries):
    """Writes the package again with fixed entry dates, so a remade file differs only where its content does."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, date_time=(2017, 2, 3, 10, 0, 0)), data,
                       compress_type=zipfile.ZIP_DEFLATED)


def _rels_path(part):
    d, f = posixpath.split(part)
    return posixpath.join(d, "_rels", f + ".rels")


def _add_rel(files, source_part, rel_type, target):
    """Adds a relationship from source_part (a part name, or '' for the package) to target."""
    rels = "_rels/.rels" if source_part == "" else _rels_path(source_part)
    text = files.get(rels, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                           f'<Relationships xmlns="{REL_NS}"></Relationships>'.encode()).decode()
    ids = {int(m) for m in re.findall(r'Id="rId(\d+)"', text)}
    rid = f"rId{max(ids, default=0) + 1}"
    text = text.replace("</Relationships>",
                        f'<Relationship Id="{rid}" Type="{rel_type}" Target="{target}"/></Relationships>')
    files[rels] = text.encode()
    return rid


def _add_override(files, part, content_type):
    ct = files["[Content_Types].xml"].decode()
    ct = ct.replace("</Types>", f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>')
    files["[Content_Types].xml"] = ct.encode()


def _sheet_part(files, sheet_name):
    """The worksheet part of a sheet, by its name."""
    wb = files["xl/workbook.xml"].decode()
    m = re.search(r'<(?:\w+:)?sheet [^>]*name="' + re.escape(sheet_name) + r'"[^>]*r:id="(rId\d+)"', wb)
    if not m:
        raise ValueError(f"no sheet {sheet_name}")
    rels = files["xl/_rels/workbook.xml.rels"].decode()
    t = re.search(r'<Relationship [^>]*Id="' + m.group(1) + r'"[^>]*Target="([^"]+)"', rels)
    if not t:
        t = re.search(r'<Relationship [^>]*Target="([^"]+)"[^>]*Id="' + m.group(1) + '"', rels)
    target = t.group(1)
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))


def add_threaded_comments(path, sheet_name, threads, person):
    """threads: [(cell, [(timestamp, text), ...]), ...] — the first entry of each opens the
    thread, the others reply. person: (guid, display name, user id). The legacy comments
    Excel writes beside threaded ones must already be on the cells (openpyxl writes them)."""
    entries = read_entries(path)
    order = [info.filename for info, _ in entries]
    files = {info.filename: data for info, data in entries}
    sheet = _sheet_part(files, sheet_name)
    person_id = person[0]
    body = []
    n = 0
    for cell, messages in threads:
        parent = None
        for stamp, text in messages:
            n += 1
            cid = "{%08X-3C4D-4E5F-9A0B-%012X}" % (0x7C2E0000 + n, 0x1000 + n)
            attrs = f'ref="{cell}" dT="{stamp}" personId="{person_id}" id="{cid}"'
            if parent is not None:
                attrs += f' parentId="{parent}"'
            else:
                parent = cid
            body.append(f"<threadedComment {attrs}><text>{text}</text></threadedComment>")
    tc_part = "xl/threadedComments/threadedComment1.xml"
    files[tc_part] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      f'<ThreadedComments xmlns="{TC_NS}" xmlns:x="{MAIN_NS}">{"".join(body)}'
                      f"</ThreadedComments>").encode()
    person_part = "xl/persons/person.xml"
    files[person_part] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                          f'<personList xmlns="{TC_NS}" xmlns:x="{MAIN_NS}">'
                          f'<person displayName="{person[1]}" id="{person_id}" userId="{person[2]}" '
                          f'providerId="None"/></personList>').encode()
    _add_rel(files, sheet, THREADED_REL, posixpath.relpath(tc_part, posixpath.dirname(sheet)))
    _add_rel(files, "xl/workbook.xml", PERSON_REL, "persons/person.xml")
    _add_override(files, tc_part, "application/vnd.ms-excel.threadedcomments+xml")
    _add_override(files, person_part, "application/vnd.ms-excel.person+xml")
    order += [p for p in [tc_part, person_part, _rels_path(sheet)] if p not in order]
    write_entries(path, [(name, files[name]) for name in order])


def make_macro_enabled(path, vba_bytes):
    """Turns the package into an .xlsm: the macro-enabled workbook content type and a
    vbaProject.bin part related from the workbook."""
    entries = read_entries(path)
    order = [info.filename for info, _ in entries]
    files = {info.filename: data for info, data in entries}
    ct = files["[Content_Types].xml"].decode()
    ct = ct.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    ct = ct.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                                "</Types>", 1)
    files["[Content_Types].xml"] = ct.encode()
    files["xl/vbaProject.bin"] = vba_bytes
    _add_rel(files, "xl/workbook.xml", VBA_REL, "vbaProject.bin")
    order.append("xl/vbaProject.bin")
    write_entries(path, [(name, files[name]) for name in order])


def add_xml_map(path, map_xml):
    """An XML map (Developer → Source in Excel): xl/xmlMaps.xml related from the workbook."""
    entries = read_entries(path)
    order = [info.filename for info, _ in entries]
    files = {info.filename: data for info, data in entries}
    files["xl/xmlMaps.xml"] = map_xml.encode()
    _add_rel(files, "xl/workbook.xml", XMLMAPS_REL, "xmlMaps.xml")
    _add_override(files, "xl/xmlMaps.xml", "application/xml")
    order.append("xl/xmlMaps.xml")
    write_entries(path, [(name, files[name]) for name in order])


def placeholder_vba_project():
    """Not a real VBA project: no writer here makes one. A compound-file signature and a
    readable note, so the part is binary like a real one and recognisable as a stand-in."""
    note = ("Spridningslogg fidelity corpus: placeholder for a VBA project (vbaProject.bin). "
            "A real one is an OLE compound file written by Excel's VBA editor.").encode("ascii")
    header = bytes.fromhex("D0CF11E0A1B11AE1")
    body = header + bytes(8) + note
    return body + bytes((-len(body)) % 512)
