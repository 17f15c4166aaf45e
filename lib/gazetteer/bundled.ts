import { bundledGazetteerData } from './bundled-data';
import { installGazetteerData } from './data-source';

/** Installs the bundled data for lookups in this context; it is read on the first lookup. */
export function installBundledGazetteer(): void {
  installGazetteerData(bundledGazetteerData);
}
