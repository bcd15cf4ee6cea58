/** The choice among the organisations a page can show (readableOrganisations), by name; nothing when there is only one. */
export function OrganisationSelect({
  label,
  names,
  value,
  onChange,
}: {
  label: string;
  names: Map<number, string>;
  value: number | undefined;
  onChange: (id: number) => void;
}) {
  if (names.size < 2) return null;
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select className="field__input" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {[...names].map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
