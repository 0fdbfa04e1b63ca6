// Owns: the shape of a message catalogue: a message is a string or a function of named parameters;
// the English table of a namespace has exactly the keys of the Dutch one, with the same kind of value.

export type Params = Record<string, string | number>;
export type Msg = string | ((p: Params) => string);

export type SameKeys<T extends Record<string, Msg>> = { [K in keyof T]: T[K] extends string ? string : T[K] };
