// Owns: how the data page writes file sizes — decimal units (1 kB = 1000 bytes, 1 MB = 1000 kB),
// as the SI and the IEC define kB and MB, with the language's decimal separator.
export function fileSize(bytes: number, num: (n: number, decimals?: number) => string): string {
	if (bytes < 1000) return `${num(bytes)} B`;
	if (bytes < 1_000_000) return `${num(bytes / 1000, bytes < 10_000 ? 1 : 0)} kB`;
	return `${num(bytes / 1_000_000, 1)} MB`;
}
