import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { barX, HorizontalBars, horizontalBarsHeight } from '#web/components/HorizontalBars';
import { MiniLineChart } from '#web/components/MiniLineChart';
import { labelledPoints } from '#web/pages/admin/rounds/ResponseRateChart';

// The plain SVG charts' geometry (docs/decisions/0019): what they draw is computed, not measured, so it can be checked
// without a browser. The browser tests (results, reflow, round-admin) see them drawn.

const attributes = (markup: string, element: string) =>
  [...markup.matchAll(new RegExp(`<${element} ([^>]*)/?>`, 'g'))].map((match) =>
    Object.fromEntries([...match[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])),
  );

describe('HorizontalBars', () => {
  test('places a value on its scale in per cent of the width, clamped to the scale', () => {
    expect(barX(50)).toBe('38%'); // half of the bars' 76 %
    expect(barX(3, 4)).toBe('57%');
    expect(barX(4, 4)).toBe('76%');
    expect(barX(7, 4)).toBe('76%');
    expect(barX(-1, 4)).toBe('0%');
  });

  test('draws levels on a 0–4 scale with the target marked, named by its caption', () => {
    const markup = renderToStaticMarkup(
      createElement(HorizontalBars, {
        data: [
          { label: 'Ledning', share: 2, text: 'Nivå 2' },
          { label: 'Risk', share: null, text: 'Ingen nivå' },
        ],
        axis: true,
        max: 4,
        ticks: [0, 1, 2, 3, 4],
        tickLabel: String,
        reference: { value: 3, label: 'Mål: nivå 3' },
        labelledBy: 'caption-id',
      }),
    );
    expect(markup).toContain('role="img" aria-labelledby="caption-id"');
    expect(markup).not.toContain('aria-hidden');
    const [svg] = attributes(markup, 'svg');
    expect(Number(svg!.height)).toBe(horizontalBarsHeight(2, true, true));
    expect(horizontalBarsHeight(2, true, true)).toBe(18 + 2 * 38 + 4 + 20);
    // One bar: the unscored area has none, only its text.
    const bars = attributes(markup, 'rect');
    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatchObject({ width: '38%', y: String(18 + 17) });
    expect(markup).toContain('Ingen nivå');
    // Grid lines at the five ticks, and the target's line at level 3 with its label at the top.
    const lines = attributes(markup, 'line');
    expect(lines.filter((line) => line.class === 'bar-chart__grid').map((line) => line.x1)).toEqual(['0%', '19%', '38%', '57%', '76%']);
    expect(lines.find((line) => line.class === undefined)).toMatchObject({ x1: '57%', x2: '57%' });
    expect(markup).toMatch(/<text x="57%" y="12" text-anchor="middle">Mål: nivå 3<\/text>/);
  });

  test('is decorative beside its table unless it is given a caption', () => {
    const markup = renderToStaticMarkup(createElement(HorizontalBars, { data: [{ label: 'Ja', share: 62, text: '62 %' }], compact: true }));
    expect(markup).toContain('aria-hidden="true"');
    expect(markup).not.toContain('role="img"');
    expect(attributes(markup, 'rect').map((rect) => rect.width)).toEqual(['76%', `${(76 * 62) / 100}%`]);
  });
});

describe('MiniLineChart', () => {
  test('labels only the points it is told to, and leaves out the dots of a dotless line', () => {
    const markup = renderToStaticMarkup(
      createElement(MiniLineChart, {
        years: [0, 1, 2, 3],
        xLabel: (index: number) => (index % 3 === 0 ? `dag ${index}` : null),
        domain: [0, 10] as const,
        ticks: [0, 10],
        lines: [{ values: [0, 5, null, 10], color: '#000', dots: false }],
      }),
    );
    expect([...markup.matchAll(/>dag (\d)</g)].map((match) => match[1])).toEqual(['0', '3']);
    const paths = attributes(markup, 'path');
    expect(paths).toHaveLength(1); // the line, no dots
    // The line breaks at the gap: two pieces, the first from 0 to 5, the second a lone point at 10.
    expect(paths[0]!.d).toBe(`M0 100L${100 / 3} 50M100 0`);
  });
});

describe('the response-rate chart’s dates', () => {
  test('about five dates whatever the window, always the last, none crowding it', () => {
    expect([...labelledPoints(1)]).toEqual([0]);
    expect([...labelledPoints(3)].sort((a, b) => a - b)).toEqual([0, 1, 2]);
    expect([...labelledPoints(30)].sort((a, b) => a - b)).toEqual([0, 6, 12, 18, 24, 29]);
    expect([...labelledPoints(11)].sort((a, b) => a - b)).toEqual([0, 3, 6, 10]);
    for (let count = 1; count <= 120; count += 1) {
      const shown = [...labelledPoints(count)].sort((a, b) => a - b);
      expect(shown.at(-1)).toBe(count - 1);
      expect(shown.length).toBeLessThanOrEqual(7);
    }
  });
});
