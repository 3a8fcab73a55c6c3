// Shared by the plan tests: fixture loading and a DOMParser from jsdom (as the CLI uses).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'plans');

export interface SampleInfo {
  id: string;
  producer: string;
  round: string;
  file: string;
}

export const samples = JSON.parse(readFileSync(join(FIXTURES, 'samples.json'), 'utf8')) as SampleInfo[];

export function bytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, rel)));
}

export function text(rel: string): string {
  return readFileSync(join(FIXTURES, rel), 'utf8');
}

export const domParser = new new JSDOM().window.DOMParser();
