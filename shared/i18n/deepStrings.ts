/** Replaces every string literal of a nested object type with `string`: another language's shape. */
export type DeepStrings<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> }
