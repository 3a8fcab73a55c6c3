// Browser tests start Chromium and a dev server: give them room, not the unit tests' 5 s.
jest.setTimeout(120_000);
