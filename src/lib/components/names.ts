// Owns: how a municipality's name may break across lines. Names such as 's-Gravenhage and
// 's-Hertogenbosch must not break after "'s-" (a browser treats the hyphen as a break point and
// leaves "'s-" alone on a line); such a name is kept on one line (class "nowrap" in base.css).
export function keepTogether(name: string): boolean {
	return /^'[st]-/i.test(name);
}
