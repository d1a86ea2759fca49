/** Every dotted path to a string in a nested catalog: the keys i18next accepts for it. */
export type LeafKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafKey<T[K]>}`
}[keyof T & string]
