import { useId } from 'react';

type Props = {
  /** "Innehåll på sidan": names the navigation landmark. */
  heading: string;
  /** The page's sections by the id of their heading, in page order. */
  sections: { id: string; label: string }[];
  className?: string;
};

/**
 * A long page's map: links to its sections, so a reader reaches one without
 * scrolling past the others. Plain in-page links: the address keeps its
 * query (the page's state) and back returns to where the reader was.
 */
export function PageContents({ heading, sections, className }: Props) {
  const headingId = useId();
  return (
    <nav className={className ? `page-contents ${className}` : 'page-contents'} aria-labelledby={headingId}>
      <h2 id={headingId} className="page-contents__heading">
        {heading}
      </h2>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
