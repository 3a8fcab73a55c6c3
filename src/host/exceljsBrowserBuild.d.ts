// exceljs's self-contained build: the same API as 'exceljs', but loadable in jest's jsdom
// environment (whose browser conditions break the Node build's uuid import), in Node and
// in webpack bundles alike.
declare module 'exceljs/dist/exceljs.min.js' {
  export * from 'exceljs';
}
