/** The end-to-end suite drives the same Chromium the preview server prints with. */
export { CHROMIUM_ARGS, resolveChromium } from '../../main/browser-preview/chromium-path';
