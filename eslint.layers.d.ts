// Types for eslint.layers.js, which ESLint loads as plain JavaScript.
import type { Linter } from 'eslint';

export declare const LAYERS: { files: string[]; patterns: { group: string[]; message: string }[] }[];
export declare const layerConfigs: Linter.Config[];
