import 'fake-indexeddb/auto';
import { installBundledGazetteer } from '../../lib/gazetteer/bundled';

// Node-side code reads the bundled gazetteer; only the content script loads it by message.
installBundledGazetteer();
