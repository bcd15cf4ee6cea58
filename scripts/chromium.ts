/**
 * Debian's Chromium builds, which the browser tests and the page benchmarks drive (never a downloaded browser):
 * its old headless shell (`apt-get install chromium-headless-shell`), the same Blink, V8 and compositor as the whole
 * browser without the window user interface that the whole browser's headless mode still builds; and the whole
 * browser (`apt-get install chromium`). Both prefer the shell when it is installed (test/README.md, "Where the
 * browser tests' CPU goes"; docs/decisions/0037); CHROMIUM_PATH overrides.
 */
export const CHROMIUM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM_WHOLE_BROWSER = '/usr/bin/chromium';
