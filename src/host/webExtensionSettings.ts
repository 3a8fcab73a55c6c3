// The add-in's settings live in the workbook's web extension part, as Excel stores them
// (xl/webextensions/webextension1.xml, <we:property name value/> with JSON values).
// exceljs ignores that part, so it is read and written here with fflate and xmldom.
// (First version: settings are not yet written to the file; reading returns nothing.)
export function readWebExtensionSettings(_bytes: Uint8Array): Map<string, unknown> {
  return new Map();
}

export function writeWebExtensionSettings(bytes: Uint8Array, _settings: Map<string, unknown>): Uint8Array {
  return bytes;
}
