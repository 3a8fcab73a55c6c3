// The workbench's gateway: the add-in's production gateway (src/excel/createGateway.ts), the
// same lazy, code-split door the pane uses in Office, talking to whatever ExcelHost is
// installed in the page.
export { createGateway } from '../excel/createGateway';
