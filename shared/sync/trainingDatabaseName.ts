/**
 * The name of a training's database on the organisation's server: `pelatih-` and the training's
 * id, in the letters CouchDB allows in a database name (lowercase letters, digits, `_$()+-/`).
 * One database per training, because CouchDB grants reading per database, not per document.
 */
export function trainingDatabaseName(trainingId: string): string {
  return `pelatih-${trainingId.toLowerCase().replace(/[^a-z0-9_$()+-]/g, '_')}`
}
