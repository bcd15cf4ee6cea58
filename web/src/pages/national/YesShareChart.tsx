import { HorizontalBars } from '#web/components/HorizontalBars';

/**
 * Yes share (of those who answered) per area; decorative, the table above
 * holds the same data. The area names go above the bars at every width, so
 * the bars keep the width on a phone.
 */
export function YesShareChart({ data }: { data: { area: string; share: number | null; text: string }[] }) {
  return <HorizontalBars data={data.map((d) => ({ label: d.area, share: d.share, text: d.text }))} axis />;
}
