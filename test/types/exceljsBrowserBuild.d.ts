// exceljs's self-contained build: the same API as 'exceljs', but loadable in jest's jsdom
// environment (whose browser conditions break the Node build's uuid import). Tests only: exceljs
// writes test files and is the independent reader the bounded reader is compared with.
declare module 'exceljs/dist/exceljs.min.js' {
  export * from 'exceljs';
}
