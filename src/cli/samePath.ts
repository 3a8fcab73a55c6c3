// Whether two paths as typed name the same file (a first check of the arguments; outputPath.ts
// compares real paths and file identity before anything is written).
export function samePath(a: string, b: string): boolean {
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/^\.\//, '');
  return norm(a) === norm(b);
}
