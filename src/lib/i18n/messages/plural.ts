// Owns: the plural helper the catalogues share: singular or plural for a count as formatted
// ("1" is singular in both languages).
export const plural = (n: string | number, one: string, many: string): string => `${n} ${String(n) === '1' ? one : many}`;
